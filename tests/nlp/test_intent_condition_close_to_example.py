"""A condition on someone else's yes makes no move, however close its words come to an example
(issue 12; found by a trainer writing breach_indemnity from the docs).

docs/authoring.md says a move made to wait on a third party's approval "makes no move yet and
counts 0.5 less against every example that is not such a condition, so it matches nothing rather
than the concession". A condition that nearly rewords an example came closer than that 0.5:
"Breaches could be uncapped once legal signs it off." met "If that's what it takes to sign,
breaches are uncapped." at 0.75 and matched the cave (0.245 against a threshold of 0.20), and
lint then reported the trainer's near-miss "Breaches could be uncapped once our insurer signs it
off." as RP418, since the matcher would have heard it as the cave. Such a part (DEFERRAL: a
condition on someone else's yes, or a check of the speaker's own with no time promised) is now
set aside from every intent none of whose examples waits so; an intent about deferring still
meets it in full.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_specs

# legal: a customer wants unlimited liability for a data breach
LIABILITY = IntentMatcher(
    [
        IntentSpec(
            "cave_unlimited",
            (
                "OK, liability for breaches can be unlimited.",
                "If that's what it takes to sign, breaches are uncapped.",
                "I'll agree to unlimited liability for a breach.",
            ),
        ),
        IntentSpec(
            "defer_to_legal",  # an intent about deferring: its examples wait on a yes
            (
                "I'll come back to you once legal has looked at it.",
                "We could do it if our board approves.",
                "Let me check with the underwriters first.",
            ),
        ),
    ]
)

# retail: a customer wants a refund outside the return window
REFUND = IntentMatcher(
    [
        IntentSpec(
            "give_refund",
            (
                "Fine, I'll refund the jacket in full today.",
                "OK, you can have your money back for it.",
                "I'll put the full amount back on your card.",
            ),
        ),
    ]
)


def _bare_breach_indemnity() -> IntentMatcher:
    """breach_indemnity's intents without their `not` lists: what the reading alone hears."""
    return IntentMatcher(
        [IntentSpec(s.name, s.examples, ()) for s in shipped_specs("breach_indemnity")]
    )


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # conditions that nearly reword the example "If that's what it takes to sign, breaches
        # are uncapped.": the cave before, no move now
        ("Breaches could be uncapped once legal signs it off.", ()),
        ("Breaches could be uncapped once our insurer signs it off.", ()),
        # the cave itself still matches
        ("OK, breaches can be uncapped.", ("cave_unlimited",)),
    ],
)
def test_a_condition_close_to_an_example_of_the_cave_is_no_cave(
    reply: str, expected: tuple[str, ...]
) -> None:
    assert _bare_breach_indemnity().matched(reply) == expected


@pytest.mark.parametrize(
    ("matcher", "reply", "expected"),
    [
        # an intent about deferring meets a condition in full
        (LIABILITY, "We could make breaches unlimited if our board approves.", ("defer_to_legal",)),
        (
            LIABILITY,
            "Let me check with the underwriters before we go further.",
            ("defer_to_legal",),
        ),
        # the move itself, and a condition the other side meets, still match (hard negatives
        # of the reading, in another domain)
        (LIABILITY, "OK, breaches can be unlimited.", ("cave_unlimited",)),
        (REFUND, "I'll put the full amount back on your card today.", ("give_refund",)),
        (REFUND, "I'll refund it if you bring the receipt in.", ("give_refund",)),
        (REFUND, "I'll put the full amount back on your card once my manager approves.", ()),
    ],
)
def test_conditions_meet_only_intents_that_wait_and_moves_are_kept(
    matcher: IntentMatcher, reply: str, expected: tuple[str, ...]
) -> None:
    assert matcher.matched(reply) == expected


def test_the_explanation_names_the_condition() -> None:
    (cave,) = [
        s
        for s in _bare_breach_indemnity().score(
            "Breaches could be uncapped once legal signs it off."
        )
        if s.name == "cave_unlimited"
    ]
    assert not cave.matched
    assert cave.blocked is not None and cave.blocked.startswith("condition: it waits on")
