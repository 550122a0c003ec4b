"""Giving it at no cost is not charging for it (issue 12, precision15 pass): a part that
waives the cost is barred from an intent whose examples charge, in several domains; an intent
whose examples give it free still meets it."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_payment import charges, waives
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "We won't charge you for the setup.",  # software
        "There's no extra fee for the landscaping changes.",  # construction
        "The second visit is on the house.",  # hospitality
        "We'll do the re-test at no cost to you.",  # health / labs
        "Don't worry about the fee, we'll redo it.",
        "We'll absorb the cost of the extra training day.",  # HR
    ],
)
def test_a_waiver(text: str) -> None:
    assert waives(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send you a fee proposal today.",
        "The redesign would go through a change order.",
        "We can't do it for less than the quoted price.",
        "That's on us, we should have flagged it.",  # owning, not a waiver
        "I'm free on Thursday if you want to talk it through.",
    ],
)
def test_no_waiver(text: str) -> None:
    assert not waives(text)


def test_which_intents_charge() -> None:
    assert charges(
        (
            "I'll send you a fee proposal for the change today.",
            "It's extra work, so it goes through a variation at our hourly rate.",
            "We'd need to agree a fee before we start.",
        )
    )
    assert not charges(  # gives it free
        (
            "Fine, we'll redo it at no extra charge.",
            "Go ahead, we won't bill you for it.",
            "Consider it done, on the house.",
        )
    )
    assert not charges(("I'll phase the cut.", "Let's spread it over two quarters."))


FACADE = IntentMatcher(  # construction: a client wants a redesign at no fee
    [
        IntentSpec(
            "charge_variation",
            (
                "We can do the redesign as a variation at our hourly rate.",
                "I'll send you a fee proposal for the facade change today.",
                "The redesign is extra work, so it would go through a change order.",
                "We'd need to agree a fee for the redesign before we start.",
            ),
        ),
        IntentSpec(
            "redesign_for_free",
            (
                "Fine, we'll redo the facade at no extra charge.",
                "Go ahead, we won't bill you for the facade change.",
                "Sure, the brick version is on the house.",
            ),
        ),
    ]
)
CLINIC = IntentMatcher(  # health: a patient disputes a charge for a missed appointment
    [
        IntentSpec(
            "keep_the_charge",
            (
                "The missed-appointment fee still applies, I'm afraid.",
                "I'll have to bill you for the slot as the policy says.",
                "The charge stands; it's in the terms you signed.",
            ),
        ),
        IntentSpec(
            "offer_payment_plan",
            (
                "We could split the payment over three months.",
                "Let me set up a plan so you pay it in instalments.",
                "I can spread the bill across your next two visits.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "not_this"),
    [
        (FACADE, "We won't charge you for the landscaping changes.", "charge_variation"),
        (FACADE, "There's no fee for the redesign, don't worry.", "charge_variation"),
        (CLINIC, "We won't bill you for the missed slot this time.", "keep_the_charge"),
        (CLINIC, "There's no charge for the missed appointment.", "keep_the_charge"),
    ],
)
def test_a_waiver_does_not_charge(matcher: IntentMatcher, reply: str, not_this: str) -> None:
    assert not_this not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (FACADE, "OK, we'll redraw it in brick for free.", "redesign_for_free"),
        (
            FACADE,
            "I'll price the brick change and send it over as a variation.",
            "charge_variation",
        ),
        (CLINIC, "The fee for the missed slot stands, it's in the policy.", "keep_the_charge"),
    ],
)
def test_charging_and_giving_free_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_an_intent_with_a_waiver_among_its_examples_does_not_charge() -> None:
    examples = (
        "We'll pay your usual day rate for the photo.",
        "I'll invoice it through the picture desk at the standard fee.",
        "Send us your bill and we'll pay it this week.",
        "We'll run the credit tomorrow and there's no charge to you for the correction.",
    )
    assert not charges(examples)
    assert charges(examples[:3])
