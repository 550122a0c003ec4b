"""A challenge or a dare is no move of the intent's, at most a no (issue 12): "Why would I give
you a discount?" met an apology, a demand, taking sides and blame beside the refusals of 10
readable sets; "Good luck getting finance to approve that." met the approval of a discount and
of a shared login. Such a part is set aside from every intent that does not say no. Checked in
several domains; hard negatives: a question why they need it, a question whether the speaker
could make the move, a wish followed by a move, a refusal intent (which it still meets)."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_challenge import challenges, challenging, may_challenge
from roleplay.nlp.intents import IntentMatcher, IntentSpec

RETAIL = IntentMatcher(  # retail: a customer wants a discount on a delayed sofa
    [
        IntentSpec(
            "approve_discount",
            (
                "OK, I'll give you 20% off the sofa for the delay.",
                "Fine, I can take a fifth off the price.",
                "Sure, let me approve a discount on the order.",
                "I'll put the 20% reduction through today.",
            ),
        ),
        IntentSpec(
            "refuse_discount",
            (
                "I can't give a discount on this order.",
                "There's no discount on delayed items, I'm sorry.",
                "We won't be taking anything off the price.",
            ),
        ),
        IntentSpec(
            "ask_what_matters",
            (
                "Is it the price or the delivery date that matters most to you?",
                "What would make the wait easier for you?",
                "Why does the delivery date matter so much this month?",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: a locum wants a shared login to the ward's records
    [
        IntentSpec(
            "allow_shared_login",
            (
                "Fine, use my login until yours comes through.",
                "OK, you can share the ward account for tonight.",
                "Go ahead and log in as me for this shift.",
            ),
        ),
        IntentSpec(
            "offer_fast_login",
            (
                "I'll ring IT now and get your own login set up within the hour.",
                "Let me get you a temporary account of your own before the round.",
                "We can have an emergency login issued for you tonight.",
            ),
        ),
    ]
)

COUNCIL = IntentMatcher(  # public sector: a club wants its hall hire fee waived
    [
        IntentSpec(
            "waive_fee",
            (
                "OK, we'll waive the hall fee this season.",
                "Fine, the club can use the hall for free until April.",
                "I'll drop the hire charge for your sessions.",
            ),
        ),
        IntentSpec(
            "propose_off_peak",
            (
                "What if you moved to the Tuesday slot, which costs half as much?",
                "We could give you the off-peak rate if you take the morning sessions.",
                "How about the smaller hall at the community rate?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (RETAIL, "Why would I give you a discount?", "approve_discount"),
        (RETAIL, "What makes you think we'd take 20% off?", "approve_discount"),
        (RETAIL, "You really think I'd knock a fifth off the price?", "approve_discount"),
        (RETAIL, "Good luck getting a discount out of head office.", "approve_discount"),
        (WARD, "Good luck getting IT to approve a shared login.", "allow_shared_login"),
        (WARD, "Why should I let you log in as me?", "allow_shared_login"),
        (COUNCIL, "Since when do we waive hall fees?", "waive_fee"),
        (COUNCIL, "Best of luck getting the committee to drop the hire charge.", "waive_fee"),
        (COUNCIL, "Why on earth would we let the club use the hall for free?", "waive_fee"),
    ],
)
def test_a_challenge_or_a_dare_is_not_the_move(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert challenges(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # a question why they need it: the speaker is not the subject
        (RETAIL, "Why does the delivery date matter so much to you?", "ask_what_matters"),
        # a question whether the speaker could make the move, and a wish before a move
        (
            COUNCIL,
            "Could we give you the off-peak rate if you take the mornings?",
            "propose_off_peak",
        ),
        (
            WARD,
            "Good luck on the ward tonight; I'll get IT to set up your own login now.",
            "offer_fast_login",
        ),
        # a refusal intent still meets the challenge: it is a no
        (RETAIL, "Why would we take anything off the price?", "refuse_discount"),
    ],
)
def test_what_is_no_challenge_still_meets_its_intent(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Why does it need to close this quarter?",
        "Why would the board want it by Friday?",
        "Would we be able to phase it over two quarters?",
        "Good luck with the launch; I'll cover your shift on Friday.",
        "Good luck with the audit, and I'll send the figures tonight.",
    ],
)
def test_readings_that_are_no_challenge(reply: str) -> None:
    assert not challenges(reply)


def test_the_first_check_and_an_intent_of_challenges() -> None:
    assert may_challenge("why would i pay for it?")
    assert not may_challenge("could we phase it over two quarters?")
    # an intent whose examples challenge keeps meeting a challenge
    assert challenging(("Why should we pay for their mistake?", "That's not on us."))
    assert not challenging(("OK, we'll waive the fee.", "Fine, the hall is free."))
