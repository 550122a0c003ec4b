"""A "no Y" right after an assent is what the assent agrees to, not an aside (issue 12, found by
a trainer, writer21).

"Oh, if it's only the import then sure, no limits on Thursday." gives the rate limits up, but
its "no limits on Thursday" was cut off as a verbless aside ("..., not two complaints") and read
alone as a negative part, which met the refusing intent: the cave was heard as a refusal. After
an assent that opens its clause ("then sure,", ", fine,", "okay,") the "no Y" stays in the clause;
an aside after anything else ("Let's take it to your VP as one plan, not two complaints", "The
plan is fine, no changes needed") is cut off as before.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import aside_spans


def _parts(text: str) -> list[str]:
    return [text[a:b] for a, b in aside_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Oh, if it's only the import then sure, no limits on Thursday.",
        "If that's all it is, fine, no throttling for Lumen.",
        "If the patient agrees, okay, no second scan before theatre.",
        "Well, alright, no deposit for the first month.",
    ],
)
def test_no_after_an_assent_is_what_it_agrees_to(text: str) -> None:
    assert _parts(text) == [text]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Let's take it to your VP as one plan, not two complaints.", "Let's take it to your VP"),
        ("The plan is fine, no changes needed.", "The plan is fine"),
        ("I'll have the answer by Wednesday, no three-week wait.", "I'll have the answer"),
    ],
)
def test_other_asides_are_cut_off_as_before(text: str, clause: str) -> None:
    first, aside = _parts(text)
    assert first.startswith(clause) and aside.startswith(("not", "no"))
    spans, negative, _ = cut(text)
    assert negative[0] is False


LIMITS = IntentMatcher(
    [
        IntentSpec(
            "switch_off_limits",
            (
                "OK, I'll turn the rate limits off for Thursday.",
                "Fine, we'll disable rate limiting for the launch window.",
                "Go ahead, take the limits off for the launch.",
                "Fine, no rate limits for Lumen's launch, then.",
                "OK, no throttling at all on launch day.",
            ),
        ),
        IntentSpec(
            "refuse_outright",
            (
                "No, the rate limits stay on. End of story.",
                "We can't switch the limits off, for anyone.",
                "Turning off rate limiting is not going to happen.",
            ),
        ),
    ]
)

# another domain: a landlord's deposit
DEPOSIT = IntentMatcher(
    [
        IntentSpec(
            "waive_deposit",
            (
                "OK, you can move in without paying the deposit.",
                "Fine, no deposit for you this time.",
                "Sure, we'll skip the deposit for the first month.",
            ),
        ),
        IntentSpec(
            "hold_deposit",
            (
                "No, every tenant pays the deposit before moving in.",
                "We can't hand over keys without the deposit.",
                "The deposit isn't optional, I'm afraid.",
            ),
        ),
    ]
)


def test_a_cave_after_a_condition_and_an_assent_is_the_cave() -> None:
    assert LIMITS.matched("Oh, if it's only the import then sure, no limits on Thursday.")[:1] == (
        "switch_off_limits",
    )
    assert DEPOSIT.matched("If you're paid on the 1st then fine, no deposit till then.")[:1] == (
        "waive_deposit",
    )


def test_a_refusal_is_still_a_refusal() -> None:
    assert LIMITS.matched("No, the limits aren't coming off for anyone.")[:1] == (
        "refuse_outright",
    )
