"""A suggestion that they see to it themselves is no move of the speaker's (issue 12): "You
could try ringing your doctor, I suppose." met a pharmacy's `arrange_travel_supply`, "You could
always ask finance yourself." an intent in 5 readable sets. Checked in several domains; hard
negatives: the speaker giving ("You can have the refund today"), a proposal to them, a
request, an intent that is not the speaker's own move."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_suggests import may_suggest, suggests_they_go
from roleplay.nlp.intents import IntentMatcher, IntentSpec

PHARMACY = IntentMatcher(  # health: a patient needs a travel supply of tablets
    [
        IntentSpec(
            "arrange_supply",
            (
                "I'll ring your doctor now and ask for a travel prescription.",
                "I'll call the surgery and get the early supply signed off.",
                "I can contact your GP this morning about the extra tablets.",
            ),
        ),
        IntentSpec(
            "refuse_supply",
            (
                "I can't give you an early supply.",
                "No, the prescription can't be filled before the date.",
                "That isn't something the pharmacy can do.",
            ),
        ),
    ]
)

VENDOR = IntentMatcher(  # procurement: a team wants a licence count raised before renewal
    [
        IntentSpec(
            "contact_vendor",
            (
                "I'll email the vendor today about the extra seats.",
                "I'll speak to their account manager this afternoon.",
                "Let me call the supplier and ask for a true-up.",
            ),
        ),
        IntentSpec(
            "propose_pool",
            (
                "You could move to the pooled licences for the contractors.",
                "What if your team shared the five floating seats?",
                "We could reassign the unused seats from marketing.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (PHARMACY, "You could try ringing your doctor, I suppose.", "arrange_supply"),
        (PHARMACY, "You can always call the surgery yourself.", "arrange_supply"),
        (VENDOR, "You could always email the vendor yourself.", "contact_vendor"),
        (VENDOR, "Your manager might try speaking to their account manager.", "contact_vendor"),
    ],
)
def test_sending_them_elsewhere_is_not_the_speakers_move(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert suggests_they_go(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (PHARMACY, "I'll ring your doctor this morning about the travel supply.", "arrange_supply"),
        (VENDOR, "You could move the contractors to the pooled licences.", "propose_pool"),
        (VENDOR, "I'll email the vendor about the extra seats today.", "contact_vendor"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "You can have the refund today.",
        "You could move to the Tuesday slot.",
        "Could you ask finance?",
        "I could ask finance for you.",
    ],
)
def test_what_sends_no_one_elsewhere(part: str) -> None:
    assert not suggests_they_go(part)


def test_the_first_check() -> None:
    assert may_suggest("you could always ask finance.")
    assert not may_suggest("i'll ask finance.")
