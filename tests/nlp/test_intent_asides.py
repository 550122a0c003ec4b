"""What a reply says it is *not* does not negate what it says (issue 12, fifteenth round).

"Let's take this to your VP as one joint plan, not two complaints." held a negator, so the whole
sentence was a negative part, compared only with negative examples - the refusals - and a
proposal was heard as refusing, or as nothing. A verbless aside after a comma ("..., not the
whole order", "..., no finger-pointing") now leaves the clause before it affirmative: the clause
and the aside are parts of their own (the aside keeps its negation), and an example written so
is read with the same polarity. "..., not even ..." still extends a no, and an aside with a
subject or a verb of its own is no aside.

Also here: "I won't fight it" gives way (no negation, like "I won't stand in your way").
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import aside_spans, has_negator, is_negative

SUPPLY = IntentMatcher(  # a supplier asked to ship a whole order by Monday
    [
        IntentSpec(
            "offer_partial_delivery",
            (
                "We can ship half the order on Monday and the rest next week.",
                "Let's send what we have in stock now and the remainder later.",
                "I can get the first pallets to you by Monday.",
            ),
        ),
        IntentSpec(
            "refuse_delivery",
            (
                "We can't ship anything before next month.",
                "No, the order can't go out this week.",
                "There's no way we can deliver by Monday.",
            ),
        ),
        IntentSpec(
            "ship_everything",
            (
                "Fine, we'll ship the whole order on Monday.",
                "OK, you'll get everything by Monday.",
                "Sure, the full order goes out Monday, whatever it takes.",
            ),
        ),
    ]
)
WARD = IntentMatcher(  # two charge nurses and a rota dispute
    [
        IntentSpec(
            "propose_joint_escalation",
            (
                "Let's go to the director together with one plan.",
                "We could raise it with the director as a joint request.",
                "I'll set up a meeting with the director for both of us.",
            ),
        ),
        IntentSpec(
            "refuse_to_escalate",
            (
                "I'm not taking this to the director.",
                "No, we don't need to involve management.",
                "I won't escalate this, it's not worth it.",
            ),
        ),
        IntentSpec(
            "agree_to_cover",
            (
                "Sure, I can take the night shift for you.",
                "OK, put me down for Saturday night.",
                "Fine, I'll cover your night shift.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # each was heard as the refusal before: the aside's negator made the sentence negative
        (SUPPLY, "Let's send the first pallets on Monday, not the whole order.", "offer_partial_delivery"),
        (SUPPLY, "I can get you the in-stock pallets now, no waiting for the full run.", "offer_partial_delivery"),
        (WARD, "Let's go to the director as one team, not two complaints.", "propose_joint_escalation"),
        (WARD, "We should raise it with the director together, no finger-pointing.", "propose_joint_escalation"),
    ],
)  # fmt: skip
def test_an_aside_leaves_the_move_affirmative(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply) == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (SUPPLY, "We can't ship on Monday, not even half.", "refuse_delivery"),  # "not even"
        (SUPPLY, "Sorry, no stock left before next month.", "refuse_delivery"),  # after one word
        (WARD, "I'm not going to the director, not over this.", "refuse_to_escalate"),
    ],
)
def test_a_no_is_still_a_no(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert matcher.matched(reply) == (intent,)


def test_a_multi_sentence_reply_with_an_aside() -> None:
    reply = (
        "I hear you, the launch matters. Let's send the first pallets then, not the whole order."
    )
    assert SUPPLY.matched(reply) == ("offer_partial_delivery",)


@pytest.mark.parametrize(
    "reply",
    [
        "You can have the whole order on Monday, I won't fight it.",
        "I won't fight you on it, the full order goes out Monday.",
    ],
)
def test_not_fighting_it_gives_way(reply: str) -> None:
    """Heard as the refusal before: "won't" made it negative."""
    assert SUPPLY.matched(reply) == ("ship_everything",)


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Let's take it to your director as one plan, not two complaints.", False),
        ("We can host them in Europe, not in Virginia.", False),
        ("I'll get you the answer by Wednesday, no three-week wait this time.", False),
        ("We can't, not even for a week.", True),
        ("Sorry, no budget left.", True),  # after a lone word: no aside
        ("We'll do it, not that anyone asked.", True),  # the aside has a verb of its own
        ("I won't fight it.", False),
        ("I won't fight for it.", True),
    ],
)
def test_polarity_with_asides(text: str, negative: bool) -> None:
    assert is_negative(text) is negative


def test_an_aside_is_its_own_part() -> None:
    text = "Let's send the first pallets, not the whole order."
    assert has_negator(text)
    assert [text[a:b] for a, b in aside_spans(text, 0, len(text))] == [
        "Let's send the first pallets",
        "not the whole order.",
    ]
