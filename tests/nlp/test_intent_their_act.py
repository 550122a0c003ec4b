"""Their act is no reflection (issue 12): a reply part that opens "You left / upset / let /
hurt / embarrassed ..." followed by what they did it to ("You left the walls in a right state",
"You upset the client", "You let the whole team down") tells what they did - it blames, or
states a fact - but the reading of a reflection took "you left", "you upset", "you let down"
for how they feel ("you're left out", "you were upset") and read it as listening, 0.5 behind
every statement: a blaming intent written as statements could not be met. With "are" / "were"
(or "feel", "must be") it stays a reflection. Several domains: a kitchen, a rented flat, a
software release, a sales account, a school; hard negatives: reflections that keep their
reading."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_similarity import REFLECTION, STATEMENT, mood
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("You left the walls in a right state.", STATEMENT),
        ("You left this late, and now it's my problem.", STATEMENT),
        ("You upset the client with that email.", STATEMENT),
        ("You let the whole team down.", STATEMENT),
        ("You let me down on Friday.", STATEMENT),
        ("You hurt her chances with that review.", STATEMENT),
        ("You embarrassed me in front of the board.", STATEMENT),
        # what is done to them, or how they feel: a reflection still
        ("You're left holding the baby.", REFLECTION),
        ("You were left out of the decision.", REFLECTION),
        ("You're upset the meeting moved.", REFLECTION),
        ("You feel let down by the team.", REFLECTION),
        ("You were let down by the supplier.", REFLECTION),
        ("You asked me to cover Friday.", REFLECTION),
        ("You're hurt that nobody told you.", REFLECTION),
    ],
)
def test_their_act_is_no_reflection(text: str, read: int) -> None:
    assert mood(text) == read


KITCHEN = IntentMatcher(  # hospitality: a chef wants a dish on tonight's menu
    [
        IntentSpec(
            "blame_the_chef",
            (
                "You never give the floor any notice, that's the problem.",
                "This is on you for leaving it to the last minute.",
                "You should have sent me the recipe a week ago.",
            ),
        ),
        IntentSpec(
            "offer_quick_check",
            (
                "I'll go through the allergens with you at four.",
                "Let's do the sheet together before service.",
                "I can check the recipe with you this afternoon.",
            ),
        ),
    ]
)

RELEASE = IntentMatcher(  # software: a release that broke the login page
    [
        IntentSpec(
            "blame_developer",
            (
                "You broke the login page with that merge.",
                "This outage is on you, you skipped the tests.",
                "You should have run the suite before pushing.",
            ),
        ),
        IntentSpec(
            "own_it",
            (
                "That's on me, I approved the release.",
                "I should have caught it in review.",
                "We got this wrong as a team.",
            ),
        ),
    ]
)

ACCOUNT = IntentMatcher(  # sales: an account manager who promised a discount
    [
        IntentSpec(
            "blame_account_manager",
            (
                "You promised them a discount you had no right to give.",
                "This mess is on you, you went over my head.",
                "You should never have told the client it was agreed.",
            ),
        ),
        IntentSpec(
            "ask_what_happened",
            (
                "What exactly did you tell the client?",
                "When did the discount come up?",
                "Who else was on the call?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            KITCHEN,
            "You left this until the last minute, and now it's my problem.",
            "blame_the_chef",
        ),
        (RELEASE, "You left the login page broken with that merge.", "blame_developer"),
        (
            ACCOUNT,
            "You upset the client with a discount you had no right to promise.",
            "blame_account_manager",
        ),
    ],
)
def test_their_act_meets_the_blame(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        # reflections of how they feel make no move of blame
        (KITCHEN, "You're left with a dish and no sheet, and that's stressful."),
        (RELEASE, "You were left out of the release call."),
        (ACCOUNT, "You feel let down by how the call went."),
    ],
)
def test_reflections_blame_no_one(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()
