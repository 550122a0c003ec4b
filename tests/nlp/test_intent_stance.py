"""Who gives: a demand on the other side is never the speaker's own move (issue 12, precision17
pass). "Your team needs to build the checkout side" met late_dependency's offer of people ("My
team can build the checkout side of the integration") through the same words, even 0.5
behind. A part read as a demand cannot match an intent half or more of whose examples have the
speaker act and none of which is a demand. Hard negatives: an offer in which they receive
("You can have two of my engineers"), a commitment put as what they will get ("You'll have it
by Thursday"), and an intent that presses them (a demand of its own) still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_similarity import DEMAND, QUESTION, SPEAKER, STATEMENT
from roleplay.nlp.intent_stance import own_move
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

ROTA = IntentMatcher(  # health: a nurse asks for cover on a weekend
    [
        IntentSpec(
            "cover_the_weekend",
            (
                "I'll cover your weekend shifts.",
                "I can take Saturday and Sunday for you.",
                "Leave the weekend with me, I'll work it.",
            ),
        ),
        IntentSpec(
            "refuse_cover",
            ("I can't cover that weekend.", "No, I'm away both days, sorry."),
        ),
    ]
)
KITCHEN = IntentMatcher(  # hospitality: a new dish needs its allergen sheet
    [
        IntentSpec(
            "do_the_sheet",
            (
                "I'll fill in the allergen sheet for the dish this afternoon.",
                "My team can do the allergen sheet before service.",
                "Let me write up the allergens tonight.",
            ),
        ),
        IntentSpec(
            "tell_chef_to_do_it",
            (
                "You need to do the allergen sheet yourself before it goes out.",
                "The sheet has to come from you, chef.",
                "You'll have to write the allergens up on your own.",
            ),
        ),
    ]
)
INTEGRATION = IntentMatcher(  # engineering: a partner team's late dependency
    [
        IntentSpec(
            "offer_our_people",
            (
                "My team can build the checkout side of the integration.",
                "I could lend you one of my engineers for a couple of weeks.",
                "We'll write the client code and the tests on our side.",
            ),
        ),
        IntentSpec(
            "ask_what_changed",
            ("What changed on your side since we planned this?", "What's eating your time?"),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "move"),
    [
        (ROTA, "You'll have to cover the weekend yourself.", "cover_the_weekend"),
        (ROTA, "Your manager needs to cover the weekend shifts.", "cover_the_weekend"),
        (ROTA, "Someone else has to work the weekend shifts.", "cover_the_weekend"),
        (
            KITCHEN,
            "Your sous chef needs to fill in the allergen sheet this afternoon.",
            "do_the_sheet",
        ),
        (INTEGRATION, "Your team needs to build the checkout side.", "offer_our_people"),
        (INTEGRATION, "Your engineers should write the client code.", "offer_our_people"),
    ],
)
def test_a_demand_is_not_the_speakers_move(matcher: IntentMatcher, reply: str, move: str) -> None:
    assert move not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "I'll take both weekend shifts for you.", "cover_the_weekend"),
        (
            INTEGRATION,
            "You can have two of my engineers for the checkout side.",
            "offer_our_people",
        ),
        (KITCHEN, "You'll have to do the allergen sheet yourself, chef.", "tell_chef_to_do_it"),
        (KITCHEN, "I'll do the allergen sheet before service tonight.", "do_the_sheet"),
    ],
)
def test_offers_and_an_intent_that_presses_them_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_the_shipped_offer_of_people() -> None:
    matcher = shipped_matcher("late_dependency")
    assert "offer_our_people" not in matcher.matched("Your team needs to build the checkout side.")
    assert matcher.matched("My team can build the checkout side for you.")[:1] == (
        "offer_our_people",
    )


def test_which_intents_are_the_speakers_own_move() -> None:
    assert own_move([SPEAKER, SPEAKER, STATEMENT])
    assert not own_move([SPEAKER, DEMAND, SPEAKER])  # one example presses them
    assert not own_move([QUESTION, QUESTION, SPEAKER])
    assert not own_move([])
