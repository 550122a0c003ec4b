"""A question that puts their plan or hope back to them makes no move (issue 12, precision16
pass): "Are you hoping I'll take a few of your days?" and "Is the idea that the dark mode work
slips?" name the move in the move's words and met the offer. They check what the other person
is after, as "Are you asking me to ...?" does. Checked in several domains; hard negatives:
an offer put as a question ("What if I take two of your nights?", "Do you want me to update
the matrix now?") still offers, and a question about their need still asks."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import REFLECTION
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

SWAP = shipped_matcher("oncall_swap")  # the shipped on-call swap: a colleague wants a week off

ROTA = IntentMatcher(  # health: a nurse wants a week off for a wedding
    [
        IntentSpec(
            "offer_some_days",
            (
                "I can take Monday and Tuesday of that week for you.",
                "What if I cover two of your nights?",
                "Let me take the first half of the week.",
            ),
        ),
        IntentSpec(
            "ask_what_she_needs",
            (
                "Which days matter most to you?",
                "What would make the week work for you?",
                "What do you need covered, exactly?",
            ),
        ),
    ]
)
RELEASE = IntentMatcher(  # engineering: a product manager wants one more feature in a release
    [
        IntentSpec(
            "offer_trade",
            (
                "If we add the export, something else has to move out of the release.",
                "We could take it on if the dark mode work slips to the next sprint.",
                "Swap it for the settings redesign and we have a deal.",
            ),
        ),
        IntentSpec(
            "ask_priority",
            (
                "What makes the export more urgent than the rest?",
                "Who's waiting on the export?",
                "What happens if it lands in the next release?",
            ),
        ),
    ]
)
INVOICE = IntentMatcher(  # construction: a client wants a redesign at no fee
    [
        IntentSpec(
            "redesign_for_free",
            (
                "Fine, we'll redo the facade at no extra charge.",
                "OK, we'll absorb the redesign, no fee.",
                "Sure, the brick version is on the house.",
            ),
        ),
        IntentSpec(
            "ask_what_changed",
            (
                "What changed since you signed off the render?",
                "What's driving the switch to brick?",
                "Who asked for the change?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Are you hoping I'll take a few of your days?",
        "Is the idea that the dark mode work slips to the next sprint?",
        "So the plan is for me to cover the weekend?",
        "Are you counting on us to absorb the redesign?",
        "You're assuming we'll do it at no charge?",
    ],
)
def test_their_plan_put_back_is_checked_like_a_reflection(text: str) -> None:
    assert part_mood(text) == REFLECTION


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (ROTA, "Are you hoping I'll take a few of your days?"),
        (RELEASE, "Is the idea that the dark mode work slips to the next sprint?"),
        (INVOICE, "Are you counting on us to absorb the redesign?"),
    ],
)
def test_no_offer(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply)[:1] != (matcher.names[0],)


def test_no_offer_in_the_shipped_swap() -> None:
    assert "offer_some_days" not in SWAP.matched("Are you hoping I'll take a few of your days?")


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "What if I take two of your nights that week?", "offer_some_days"),
        (ROTA, "Which of those days matter most to you?", "ask_what_she_needs"),
        (RELEASE, "We can take the export if dark mode moves to the next sprint.", "offer_trade"),
        (INVOICE, "OK, we'll redraw it in brick and waive the fee.", "redesign_for_free"),
    ],
)
def test_moves_still_match(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert matcher.matched(reply)[:1] == (intent,)
