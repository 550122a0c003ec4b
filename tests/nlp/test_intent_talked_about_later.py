"""Talking about the move later is no move now (issue 12, precision17 pass): "We can revisit
the full 30% next month", "Let's revisit US hosting after the audit", "Let's talk about which
days closer to the time" and "We'll see about the whole week nearer the time" met the
concession or the offer they name in shipped scenarios (near-misses of the blind sets' kind
"the move put off"). Such a part meets only intents one of whose examples puts the talk off the
same way. Hard negatives: the move itself at a later time, a move beside the put-off, a
question, a talk with no later time, and an intent of proposing a later review still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_put_off import puts_off, putting_off
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher


@pytest.mark.parametrize(
    "text",
    [
        "We can revisit the full 30% next month.",  # finance
        "Let's revisit US hosting after the audit.",  # data protection
        "Let's talk about which days closer to the time.",  # on-call rota
        "We'll see about the whole week nearer the time.",
        "Let's talk about lending people after the launch.",  # engineering
        "We could look at a pilot once the audit is done.",
        "Happy to discuss a discount in a few weeks.",  # sales
        "Let's pick it up again in the new year.",
    ],
)
def test_talked_about_later(text: str) -> None:
    assert puts_off(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's phase it next quarter.",  # the move, later
        "I can take the days after the launch.",
        "Let's meet on Monday and I'll bring the rota.",
        "Let's talk about it later, but I can give you 10% now.",  # a move beside it
        "Can we discuss the 30% after the board meeting?",  # a question
        "Let's talk about what the board needs.",  # no later time
        "We can review the rota next month and swap you then.",
        "I'll think about it.",
    ],
)
def test_not_talked_about_later(text: str) -> None:
    assert not puts_off(text)


@pytest.mark.parametrize(
    ("name", "reply", "move"),
    [
        ("budget_pushback", "We can revisit the full 30% next month.", "accept_full_cut"),
        ("compliance_bend", "Let's revisit US hosting after the audit.", "concede_us_hosting"),
        ("oncall_swap", "Let's talk about which days closer to the time.", "offer_some_days"),
        ("oncall_swap", "We'll see about the whole week nearer the time.", "take_whole_week"),
    ],
)
def test_talking_later_is_not_the_move(name: str, reply: str, move: str) -> None:
    assert move not in shipped_matcher(name).matched(reply)


PERMIT = IntentMatcher(  # public sector: an extension permit the applicant wants rushed
    [
        IntentSpec(
            "fast_track",
            (
                "I'll push your permit to the front of the queue.",
                "We can have it approved by Friday.",
                "Leave it with me, you'll have the permit this week.",
            ),
        ),
        IntentSpec(
            "offer_review_later",
            (
                "Let's review the permit again after the inspection.",
                "We can look at a fast track once the drawings are in.",
                "I'm happy to revisit the timing in two weeks.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("name", "reply", "intent"),
    [
        ("budget_pushback", "Let's phase it: half now and the rest in Q4.", "offer_phased_cut"),
        ("oncall_swap", "I can take the 26th to the 28th, before my flight.", "offer_some_days"),
    ],
)
def test_the_moves_still_match(name: str, reply: str, intent: str) -> None:
    assert shipped_matcher(name).matched(reply)[:1] == (intent,)


def test_an_intent_of_a_later_review_still_meets_it() -> None:
    assert PERMIT.matched("We can revisit the fast track after the inspection.")[:1] == (
        "offer_review_later",
    )
    assert PERMIT.matched("I'll put your permit at the front of the queue.")[:1] == ("fast_track",)
    assert putting_off(PERMIT.intents[1].spec.examples)
    assert not putting_off(PERMIT.intents[0].spec.examples)
