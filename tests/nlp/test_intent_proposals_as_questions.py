"""A question that opens with "What about", "How about" or "What if" proposes (issue 12).

"How about a longer contract at the capped discount?" puts a move forward; an intent whose
examples only ask ("What's behind the 40%?", "What would a longer contract change for them?")
shares its words but not its move. Read as a plain question it met those examples in full and
took the paraphrase from the offer. It is now PROPOSED: against the questions of an intent that
only asks it counts 0.3 less, as a statement does; against everything else it is a question.
Not read so: "What about X is / makes / worries ...?" ("What about the weekend is so
important?"), which asks what it is about X, and wh-questions that ask ("What happens if it
goes out on Thursday?").
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import INFO_QUESTION, PROPOSED, QUESTION
from roleplay.nlp.intents import IntentMatcher, IntentSpec

PERMIT = IntentMatcher(  # public sector: a builder wants to start before the permit
    [
        IntentSpec(
            "ask_reason",
            (
                "Why do you need to start on Monday?",
                "What happens to the crew if the start moves to next week?",
                "What's driving the Monday start?",
            ),
        ),
        IntentSpec(
            "offer_fast_review",
            (
                "I can put your file at the top of the queue this week.",
                "We could do a site visit on Thursday to speed it up.",
                "I'll review the drawings myself tomorrow.",
            ),
        ),
    ]
)

DEAL = IntentMatcher(  # sales: a customer wants 40% off, the cap is 25%
    [
        IntentSpec(
            "ask_driver",
            (
                "What's behind the 40%?",
                "What would a longer contract change for them?",
                "Why do they need 40% this year?",
            ),
        ),
        IntentSpec(
            "offer_term",
            (
                "We could keep 25% and add onboarding for free.",
                "I can hold today's price if they commit now.",
                "Let's give them the capped discount with a price lock.",
            ),
        ),
    ]
)

LAUNCH = IntentMatcher(  # product: a launch wanted today, before support is briefed
    [
        IntentSpec(
            "ask_why_today",
            (
                "Why does it have to launch today?",
                "What happens if it launches on Thursday instead?",
                "Who is waiting on today's date?",
            ),
        ),
        IntentSpec(
            "propose_later",
            (
                "Let's launch it on Thursday once support has been briefed.",
                "We can ship it next week with the docs done.",
                "I'd move the launch to Monday so the help pages are ready.",
            ),
        ),
    ]
)

ROTA = IntentMatcher(  # health: a nurse asks a colleague to take a weekend of shifts
    [
        IntentSpec(
            "ask_need",
            (
                "What's coming up that weekend?",
                "Which shifts do you actually need covered?",
                "Why do you need the whole weekend?",
            ),
        ),
        IntentSpec(
            "offer_part",
            (
                "I can cover the Saturday but not the Sunday.",
                "We could split it, I'll take the morning.",
                "I'll do the first half of your shift.",
            ),
        ),
        IntentSpec(
            "take_all",
            (
                "OK, I'll take the whole weekend.",
                "Fine, I'll cover both days.",
                "Sure, give me all of it.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [  # each matched the asking intent on main
        (
            PERMIT,
            "How about the start moves to next week and I review the file myself?",
            "offer_fast_review",
        ),
        (DEAL, "How about a longer contract at the capped discount?", "offer_term"),
        (LAUNCH, "How about it launches on Thursday after the briefing?", "propose_later"),
    ],
)
def test_a_proposal_put_as_a_question_is_the_proposal(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply", "asking"),
    [  # each matched the asking intent on main
        (PERMIT, "What about starting next week with the crew on site prep?", "ask_reason"),
        (DEAL, "What about a three-year contract at 25%?", "ask_driver"),
        (ROTA, "How about I take the Saturday and you keep the Sunday?", "ask_need"),
        (ROTA, "What about splitting the weekend between us?", "ask_need"),
    ],
)
def test_a_proposal_put_as_a_question_asks_nothing(
    matcher: IntentMatcher, reply: str, asking: str
) -> None:
    assert asking not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [  # hard negatives: questions that ask keep their intent
        (ROTA, "What about the weekend is so important?", "ask_need"),
        (ROTA, "Which days do you need covered?", "ask_need"),
        (LAUNCH, "What happens if it goes out on Thursday?", "ask_why_today"),
        (DEAL, "What would a three-year term change for them?", "ask_driver"),
    ],
)
def test_a_question_that_asks_still_matches_the_asking_intent(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What about a brick base and the cladding above it?", PROPOSED),  # construction
        ("How about I take the first three days and you do the rest?", PROPOSED),  # HR
        ("So what if a third comes out now and the rest after the launch?", PROPOSED),  # finance
        ("What about the current set worries you?", QUESTION),  # education: asks
        ("What about the weekend is so important?", QUESTION),
        ("Could we split the week?", QUESTION),  # other openings stay plain questions
        ("What happens if it launches on Thursday instead?", INFO_QUESTION),
    ],
)
def test_which_questions_propose(text: str, expected: int) -> None:
    assert part_mood(text) == expected
