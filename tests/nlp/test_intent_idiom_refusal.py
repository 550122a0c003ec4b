"""A no in an idiom is a no (issue 12): "A three-year deal is the last thing we'd sign right
now" met the offer of a longer term, "Over my dead body do those records go to Virginia" the
concession to host there, "You can forget about the satay going out tonight" the dish sent out
unchecked: read as statements they carry every word of the move. They say no without a negator
(:func:`roleplay.nlp.intent_readings.refuses`), so they meet refusals and never an intent none
of whose examples says no. Checked in several domains; hard negatives: "the last thing I want
is ..." (care, not a no), "I would rather walk you through ...", "Forget X, I can do Y" (a
move), "don't forget ...", and a no in an idiom beside a move."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intents import IntentMatcher, IntentSpec

VENDOR = IntentMatcher(  # procurement: a supplier asks for a price rise or a longer term
    [
        IntentSpec(
            "offer_longer_term",
            (
                "We could sign for three years if the price holds.",
                "A longer contract at the old rate would work for us.",
                "What if we commit to three years instead of the increase?",
            ),
        ),
        IntentSpec(
            "reject_increase",
            (
                "No, we won't pay a 20% increase.",
                "We're not signing at that rate.",
                "That rise isn't acceptable, sorry.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: a ward manager asks for one shared login for the agency nurses
    [
        IntentSpec(
            "allow_shared_login",
            (
                "OK, set up one login for the agency nurses this week.",
                "Fine, they can share a login until their accounts are ready.",
                "Go ahead with a shared account for the night shift.",
            ),
        ),
        IntentSpec(
            "keep_individual_logins",
            (
                "Every nurse needs their own login, no sharing.",
                "I can't allow a shared login on the ward.",
                "No, each agency nurse gets an individual account.",
            ),
        ),
    ]
)

KITCHEN = IntentMatcher(  # hospitality: a dish before its allergen check
    [
        IntentSpec(
            "skip_check",
            (
                "Fine, send the satay out tonight and we'll do the sheet tomorrow.",
                "OK, serve it without the check just this once.",
                "Put it on the menu before the sheet is signed.",
            ),
        ),
        IntentSpec(
            "hold_check",
            (
                "No, it can't go out without the allergen sheet.",
                "The satay doesn't go on until the sheet is done.",
                "Nothing is served without its check.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "A three-year deal is the last thing we'd sign right now.",
        "Over my dead body does that deal go out at 40%.",
        "You can forget about the satay going out tonight.",
        "A free redesign? In your dreams.",
        "I'd sooner resign than sign off on American servers.",
        "As if we'd redo the elevations for nothing.",
        "Like that's going to happen.",
        "Dream on.",
        "The 40% discount? Not on my watch.",
    ],
)
def test_idioms_say_no(text: str) -> None:
    last = text.split("? ")[-1]  # the part that says no
    assert refuses(last), last


@pytest.mark.parametrize(
    "text",
    [
        "The last thing I want is for you to miss the launch.",
        "The last thing we'd want is to lose you as a customer.",
        "I would rather walk you through the numbers first.",
        "Forget the whole week, I can take Tuesday and Wednesday for you.",
        "You can forget the 40%, but we could do 25.",
        "Don't forget the signature.",
        "If pigs fly we'll all be rich.",
    ],
)
def test_not_idioms_of_no(text: str) -> None:
    assert not refuses(text), text


@pytest.mark.parametrize(
    ("matcher", "reply", "move", "refusal"),
    [
        (
            VENDOR,
            "A three-year deal is the last thing we'd sign right now.",
            "offer_longer_term",
            "reject_increase",
        ),
        (
            WARD,
            "Over my dead body do the agency nurses share one login.",
            "allow_shared_login",
            "keep_individual_logins",
        ),
        (
            KITCHEN,
            "You can forget about the satay going out tonight.",
            "skip_check",
            "hold_check",
        ),
    ],
)
def test_an_idiom_of_no_meets_the_refusal_not_the_move(
    matcher: IntentMatcher, reply: str, move: str, refusal: str
) -> None:
    got = matcher.matched(reply)
    assert move not in got and got[:1] == (refusal,)


@pytest.mark.parametrize(
    ("matcher", "reply", "move"),
    [
        (
            VENDOR,
            "The last thing we'd want is to lose you, so we could sign for three years at the "
            "old rate.",
            "offer_longer_term",
        ),
        (
            KITCHEN,
            "Fine, send the satay out tonight, we can do the sheet tomorrow.",
            "skip_check",
        ),
    ],
)
def test_the_move_beside_such_words_still_matches(
    matcher: IntentMatcher, reply: str, move: str
) -> None:
    assert move in matcher.matched(reply)
