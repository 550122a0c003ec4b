"""Small talk put as a question about something else matches no asking intent (issue 12,
precision15 pass): more questions about an errand, an outing, a trip or a colleague's news join
ordinary talk as rivals (:data:`.intent_topics.CONVERSATION`), so "How's prep going today?"
no longer meets "Why does it have to go on tonight?". Checked in several domains with
questions that do ask about the other person's need, which still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intents import IntentMatcher, IntentSpec

KITCHEN = IntentMatcher(  # hospitality: a head chef wants a dish out before its allergen check
    [
        IntentSpec(
            "ask_why_tonight",
            (
                "Why does it have to go on tonight?",
                "What's riding on launching it this evening?",
                "Is there a reason it can't wait until the sheet is done?",
                "Who's expecting the new dish tonight?",
            ),
        ),
        IntentSpec(
            "offer_fast_check",
            (
                "I'll update the allergen matrix myself before service.",
                "Let me do the sheet this afternoon so it can go out tonight.",
            ),
        ),
    ]
)
WARD = IntentMatcher(  # health: nurses want a shared login on the medication carts
    [
        IntentSpec(
            "ask_what_slows_them",
            (
                "What slows the rounds down most right now?",
                "Where do the nurses lose the most time on the carts?",
                "Which step of the medication round takes longest?",
            ),
        ),
        IntentSpec(
            "keep_individual_logins",
            (
                "Each nurse keeps their own login, that doesn't change.",
                "We can't share logins on the carts.",
            ),
        ),
    ]
)
CLIENT = IntentMatcher(  # sales: a client wants a bigger discount before the quarter closes
    [
        IntentSpec(
            "ask_customer_driver",
            (
                "What's behind the push for a bigger discount?",
                "Is it the annual budget or this quarter's spend they're watching?",
                "What would a good deal look like for their finance team?",
            ),
        ),
        IntentSpec(
            "hold_the_cap",
            (
                "We can't go past 25% on this contract.",
                "The cap is the cap, I'm afraid.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (KITCHEN, "How's prep going today?"),
        (KITCHEN, "What time is handover today?"),  # met ask_why_tonight before
        (KITCHEN, "Are you still on the early shift next week?"),
        (WARD, "Did the new lockers for the staff room ever arrive?"),
        (WARD, "Are you going to the leaving do on Friday?"),
        (CLIENT, "How was the conference in Lisbon?"),
        (CLIENT, "Is your office still being refurbished?"),
    ],
)
def test_small_talk_asks_nothing_of_their_need(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (KITCHEN, "What makes tonight so important for this dish?", "ask_why_tonight"),
        (WARD, "Which part of the round takes the most time?", "ask_what_slows_them"),
        (CLIENT, "What's driving the ask for a deeper discount?", "ask_customer_driver"),
    ],
)
def test_a_question_about_their_need_still_asks(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)
