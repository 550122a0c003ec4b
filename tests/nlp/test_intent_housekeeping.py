"""Housekeeping is no move (issue 12): "Let me finish this query first." met a data team's
`skip_review`, "Let me find the tenancy agreement." a landlord's offer of adjudication, "Bear
with me, I'm pulling up your file." blame and a threat, "Can I take your date of birth?" a
pharmacy's question about the trip (3-7 readable sets each). Checked in several domains; hard
negatives: "let me" with a move, a move after the housekeeping, a question about their need."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_housekeeping import housekeeping, keeps_house, may_keep_house
from roleplay.nlp.intents import IntentMatcher, IntentSpec

PHARMACY = IntentMatcher(  # health: a patient wants a repeat prescription early for a trip
    [
        IntentSpec(
            "ask_about_trip",
            (
                "How long will you be away?",
                "Can I ask where you're travelling to and for how long?",
                "When do you fly out?",
            ),
        ),
        IntentSpec(
            "arrange_supply",
            (
                "I'll ring your GP now and ask for an early prescription.",
                "Let me get the doctor to sign off a travel supply today.",
                "I can request an emergency supply for the trip.",
            ),
        ),
    ]
)

TENANCY = IntentMatcher(  # housing: a tenant disputes a deduction from the deposit
    [
        IntentSpec(
            "offer_adjudication",
            (
                "Let's put it to the deposit scheme's adjudicator.",
                "I'm happy for the protection scheme to decide.",
                "We can each send our evidence to the adjudication service.",
            ),
        ),
        IntentSpec(
            "return_deposit",
            (
                "I'll return the full deposit this week.",
                "You'll get all of it back by Friday.",
                "I'll drop the deduction and refund everything.",
            ),
        ),
    ]
)

DATA = IntentMatcher(  # engineering: a team wants a dataset shipped without a privacy review
    [
        IntentSpec(
            "skip_review",
            (
                "Fine, ship the dataset and we'll do the review afterwards.",
                "Go ahead without the privacy review this time.",
                "I'll let this one through without the review.",
            ),
        ),
        IntentSpec(
            "offer_fast_review",
            (
                "I can do the privacy review this afternoon.",
                "Let me fast-track the review so you ship on Thursday.",
                "We'll put your dataset at the top of the review queue.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (PHARMACY, "Can I take your date of birth?"),
        (PHARMACY, "Bear with me, I'm pulling up your records."),
        (TENANCY, "Let me find the tenancy agreement."),
        (TENANCY, "One moment, let me grab the inventory report."),
        (DATA, "Let me finish this query first."),
        (DATA, "Hang on, I'm opening the review queue."),
    ],
)
def test_housekeeping_makes_no_move(matcher: IntentMatcher, reply: str) -> None:
    assert keeps_house(reply)
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            PHARMACY,
            "Let me pull up your records and I'll ring your GP for a travel supply.",
            "arrange_supply",
        ),
        (PHARMACY, "Can I ask how long you'll be away?", "ask_about_trip"),
        (DATA, "Let me fast-track your review for Thursday.", "offer_fast_review"),
        (TENANCY, "You'll get the whole deposit back by Friday.", "return_deposit"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "Let me check with IT about a login for you.",
        "Let me get you a temporary account.",
        "Let me check the rota and get back to you.",
        "Can I ask what the trip is for?",
    ],
)
def test_what_is_no_housekeeping(part: str) -> None:
    assert not keeps_house(part)


def test_the_first_check_and_an_intent_of_housekeeping() -> None:
    assert may_keep_house("bear with me.")
    assert not may_keep_house("we'll refund the order today.")
    assert housekeeping(("Let me pull up your file.", "I'll refund it."))
    assert not housekeeping(("I'll refund it today.",))
