"""A forecast that the move will not come is no move of the intent's, at most a no (issue
12): "An extension is unlikely this late in the year." met a grant office's proposal of an
extension, "Extra budget is a long shot this quarter." offers, trades and a cave in 9 readable
sets. Checked in several domains; hard negatives: "unlikely to" as a reassurance, a move after
the forecast, a refusal intent (which it still meets)."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_long_shot import forecasting, long_shot, may_forecast
from roleplay.nlp.intents import IntentMatcher, IntentSpec

GRANT = IntentMatcher(  # public sector: a charity wants a grant report deadline moved
    [
        IntentSpec(
            "propose_extension",
            (
                "I can give you a two-week extension on the report.",
                "Let's move the deadline to the end of the month.",
                "We could accept an interim report now and the full one later.",
            ),
        ),
        IntentSpec(
            "hold_deadline",
            (
                "The deadline can't move.",
                "No, the report is due on the 30th.",
                "I'm not able to extend it.",
            ),
        ),
    ]
)

SHOP = IntentMatcher(  # retail: a customer wants a refund on a sale item
    [
        IntentSpec(
            "offer_refund",
            (
                "I'll refund the jacket in full.",
                "You can have your money back today.",
                "Let me put a refund through for you.",
            ),
        ),
        IntentSpec(
            "offer_exchange",
            (
                "I can swap it for another size.",
                "Would an exchange for a different colour help?",
                "We'll exchange it for store credit.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (GRANT, "An extension is unlikely this late in the year.", "propose_extension"),
        (GRANT, "Moving the deadline is a long shot, to be honest.", "propose_extension"),
        (SHOP, "A refund is unlikely on a sale item.", "offer_refund"),
        (SHOP, "I wouldn't count on a refund.", "offer_refund"),
    ],
)
def test_a_forecast_against_the_move_is_not_the_move(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            GRANT,
            "An extension is unlikely, but I can take an interim report now.",
            "propose_extension",
        ),
        (SHOP, "A refund is unlikely, but I can swap it for another size.", "offer_exchange"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "It's unlikely to happen again.",
        "Is an extension unlikely?",
        "An extension is unlikely, but I can get you a week.",
    ],
)
def test_what_is_no_forecast_against_it(part: str) -> None:
    assert not long_shot(part)


def test_the_first_check_and_an_intent_that_forecasts() -> None:
    assert may_forecast("a refund is unlikely.")
    assert not may_forecast("we'll refund the order today.")
    assert forecasting(("That's a long shot.", "No."))
    assert not forecasting(("I'll refund it today.",))
