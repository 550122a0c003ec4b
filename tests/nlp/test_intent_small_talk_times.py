"""A question about a time of the day or the week alone is small talk (issue 12, precision16
pass): "What time is lunch?" met an asking intent of a scenario one of whose examples says
"before lunch", because the topic test counted lunch as the scenario's. Times are left out of
that test, and a small-talk question that names nothing but a time asks nothing. Hard
negatives: questions of the same shape about the topic, and questions that ask about the need
at a time, still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_relevance import small_talk, vocabulary
from roleplay.nlp.intents import IntentMatcher, IntentSpec

WARD = IntentMatcher(  # health: nurses want a shared login on the medication carts
    [
        IntentSpec(
            "ask_what_slows_them",
            (
                "What part of logging in takes the longest on a round?",
                "Which carts are the worst, and at what time of day?",
                "Can you show me where the rounds get held up?",
            ),
        ),
        IntentSpec(
            "commit_support",
            (
                "Let me send you the plan for the carts before lunch.",
                "I'll come to the ward on Monday and watch a round.",
            ),
        ),
    ]
)
BUDGET = IntentMatcher(  # finance: a budget cut due on Friday
    [
        IntentSpec(
            "ask_about_target",
            (
                "What does the board need to see by Friday?",
                "Is it the annual number or this quarter's that matters?",
                "What would a good outcome look like for you?",
            ),
        ),
        IntentSpec(
            "offer_partial_cut",
            ("I can give you 10% now.", "Let's phase it over two quarters."),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (WARD, "What time is lunch?"),
        (WARD, "How was your weekend?"),
        (BUDGET, "How was your Friday?"),
        (BUDGET, "What time is dinner tonight?"),
    ],
)
def test_a_time_alone_is_small_talk(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (WARD, "At what time of day are the carts slowest?", "ask_what_slows_them"),
        (WARD, "Which part of the round holds the nurses up the most?", "ask_what_slows_them"),
        (BUDGET, "What does the board have to see on Friday?", "ask_about_target"),
    ],
)
def test_questions_about_the_topic_still_ask(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_the_reading() -> None:
    topic = vocabulary(["Let me send you the plan for the carts before lunch."])
    assert small_talk("What time is lunch?", topic)
    assert small_talk("How was your weekend?", topic)
    assert not small_talk("How's the plan for the carts?", topic)  # the topic
    assert not small_talk("Have you tried it?", topic)  # names nothing, not even a time
