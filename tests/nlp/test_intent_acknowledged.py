"""Seeing why they want it is no move (issue 12): "I get why you want it this week." met an
intent in 11 readable sets (offers, commitments, owning a mistake, a demand for a guarantee),
"I can see why those customers matter to you." a data team's offer of aggregate data. Checked
in several domains; hard negatives: an intent that acknowledges feelings, the move after it in
the same part."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_acknowledged import acknowledging, may_acknowledge, sees_why
from roleplay.nlp.intents import IntentMatcher, IntentSpec

MARKETING = IntentMatcher(  # data protection: marketing wants churned profiles kept
    [
        IntentSpec(
            "offer_aggregate_data",
            (
                "I can give you aggregated churn figures instead of the profiles.",
                "We could keep anonymised segments for the campaign.",
                "I'll build you a summary table without personal data.",
            ),
        ),
        IntentSpec(
            "extend_retention",
            (
                "OK, keep the churned profiles for three years.",
                "Fine, I'll switch off the deletion job for your list.",
                "Go ahead and keep them until the campaign is done.",
            ),
        ),
    ]
)

SUPPORT = IntentMatcher(  # a school office: a parent upset about a cancelled trip
    [
        IntentSpec(
            "acknowledge_upset",
            (
                "I understand how disappointing this is for her.",
                "That sounds really frustrating after all the planning.",
                "I can imagine how upset she was.",
            ),
        ),
        IntentSpec(
            "offer_refund",
            (
                "I'll refund the trip deposit today.",
                "We'll give you the money back in full.",
                "I can put the refund through this afternoon.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (MARKETING, "I can see why those customers matter to you."),
        (MARKETING, "I get why you want the profiles this quarter."),
        (SUPPORT, "I understand why you want the money sorted this week."),
        (SUPPORT, "I totally get why the date matters."),
    ],
)
def test_seeing_why_makes_no_move_of_an_offer(matcher: IntentMatcher, reply: str) -> None:
    assert sees_why(reply)
    assert not {"offer_aggregate_data", "extend_retention", "offer_refund"} & set(
        matcher.matched(reply)
    )


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # an intent that acknowledges keeps meeting it
        (SUPPORT, "I understand why this is so disappointing for her.", "acknowledge_upset"),
        (SUPPORT, "I get how upsetting this must be.", "acknowledge_upset"),
        # the move after it in the same part
        (
            MARKETING,
            "I get why you want them, but I can give you aggregated churn figures instead.",
            "offer_aggregate_data",
        ),
        (
            SUPPORT,
            "I understand why you're cross, and I'll refund the deposit today.",
            "offer_refund",
        ),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    ["I can see you on Friday.", "Can you see why it matters?", "I see why; let's phase it."],
)
def test_what_is_not_only_seeing_why(part: str) -> None:
    assert not sees_why(part)


def test_the_first_check_and_an_intent_that_acknowledges() -> None:
    assert may_acknowledge("i get why you want it.")
    assert not may_acknowledge("we'll refund the order today.")
    assert acknowledging(("That sounds frustrating.", "I'll refund it."))
    assert not acknowledging(("I'll refund it today.",))
