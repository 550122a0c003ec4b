"""What a question asks (issue 12): an intent that only asks, a question of question words
alone, and a request for information put as a statement.

* An intent all of whose examples are questions, none of which puts a move forward ("What
  does the board need to see?"), *is* a question: a statement that shares its words ("I hear
  you, the board needs 30% by Friday.") restates and asks nothing, and counts 0.3 less
  against it (was 0.1). An intent written as offers put as questions ("What if we phase
  it?") is not such an intent: "We could phase it" still meets it.
* "Why?", "What for?", "How so?" ask about nothing: they meet only examples of their own kind,
  not a question with specific content.
* "Tell me more about the outage", "Help me understand your queue", "Walk me through the
  numbers" ask, as a question does.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    BARE_QUESTION,
    INFO_QUESTION,
    QUESTION,
    REFLECTION,
    STATEMENT,
    bare_question,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

BUDGET = IntentMatcher(  # budgeting: the board wants 30% out of a team's budget by Friday
    [
        IntentSpec(
            "ask_about_target",
            (
                "What does the board need to see on Friday?",
                "Is the 30% for this quarter, or for the year?",
                "What's driving the number?",
                "Where does the 30% come from?",
                "What exactly do you have to bring to the board?",
            ),
        ),
        IntentSpec(
            "offer_phased_cut",
            (
                "We could phase the cut: 10% now and the rest after the launch.",
                "Let's take half now and the other half in Q4.",
                "I can spread the reduction over two quarters.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: a ward asks to share one login on the medicine carts
    [
        IntentSpec(
            "ask_what_slows_them",
            (
                "Where does the login slow the round down most?",
                "How long does a login take on the carts right now?",
                "Which part of the round is the password getting in the way of?",
                "What happens when a nurse gets locked out mid-round?",
            ),
        ),
        IntentSpec(
            "keep_own_logins",
            (
                "Every nurse keeps their own login; that's how doses are signed.",
                "We can't share one account on the carts.",
                "Shared logins aren't allowed for medication records.",
            ),
        ),
    ]
)

RELEASE = IntentMatcher(  # engineering: a partner team's API slipped two weeks
    [
        IntentSpec(
            "ask_what_changed",
            (
                "What changed on your side since the last estimate?",
                "What's blocking the API work right now?",
                "Which part of the work turned out bigger than planned?",
                "What got in the way of the original date?",
            ),
        ),
        IntentSpec(
            "press_for_date",
            (
                "We need the API by the 20th, no later.",
                "Make the original date; my team is waiting on it.",
                "The 20th has to hold.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "asking"),
    [
        (BUDGET, "I hear you, the board needs 30% by Friday.", "ask_about_target"),
        (BUDGET, "The board needs to see the 30% on Friday.", "ask_about_target"),
        (WARD, "The password is a pain on the round.", "ask_what_slows_them"),
        (RELEASE, "I get it, things changed on your side.", "ask_what_changed"),
    ],
)
def test_a_statement_does_not_meet_an_intent_that_only_asks(
    matcher: IntentMatcher, reply: str, asking: str
) -> None:
    assert asking not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "asking"),
    [
        (BUDGET, "What is the board actually after with the 30%?", "ask_about_target"),
        (WARD, "Where on the round does the password slow you down?", "ask_what_slows_them"),
        (RELEASE, "What turned out bigger than planned on the API?", "ask_what_changed"),
        # a request for information put as a statement asks too
        (BUDGET, "Tell me more about what the board needs to see on Friday.", "ask_about_target"),
        (WARD, "Walk me through where the login slows the round down.", "ask_what_slows_them"),
    ],
)
def test_a_question_in_other_words_still_asks(
    matcher: IntentMatcher, reply: str, asking: str
) -> None:
    assert matcher.matched(reply)[:1] == (asking,)


@pytest.mark.parametrize(
    "reply", ["Why?", "What for?", "How so?", "What do you mean?", "Why is that?"]
)
@pytest.mark.parametrize("matcher", [BUDGET, WARD, RELEASE])
def test_a_question_of_question_words_alone_matches_nothing(
    matcher: IntentMatcher, reply: str
) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Why?", True),
        ("How come?", True),
        ("What's that for?", True),
        ("Why the 30%?", False),  # asks about something
        ("What for, the board?", False),
        ("Why does it have to be Friday?", False),
    ],
)
def test_what_counts_as_a_bare_question(text: str, bare: bool) -> None:
    assert bare_question(text) is bare
    assert part_mood(text) in ((BARE_QUESTION,) if bare else (QUESTION, INFO_QUESTION))


def test_an_intent_with_bare_examples_meets_a_bare_question() -> None:
    matcher = IntentMatcher(  # HR: an employee probes a rejected promotion
        [
            IntentSpec(
                "ask_why_short",
                ("Why?", "How come?", "Why is that?", "What was the reason?"),
            ),
            IntentSpec(
                "accept_the_decision",
                (
                    "OK, I accept the committee's decision.",
                    "Fine, I'll wait for the next cycle.",
                    "Understood, I'll take it as it is.",
                ),
            ),
        ]
    )
    assert matcher.matched("How so?")[:1] == ("ask_why_short",)


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Tell me more about the outage.", QUESTION),  # support
        ("Help me understand your queue.", QUESTION),  # product
        ("Walk me through the numbers.", QUESTION),  # finance
        ("I'd like to understand how the committee decides.", QUESTION),  # HR
        ("Tell me early next time.", STATEMENT),  # an instruction, not a request to hear
        ("I'd like to hear your decision by Friday.", STATEMENT),
    ],
)
def test_a_request_for_information_is_a_question(text: str, mood: int) -> None:
    assert part_mood(text) == mood


def test_an_offer_put_as_questions_still_meets_a_statement() -> None:
    matcher = IntentMatcher(  # public sector: a permit office asked to fast-track a site
        [
            IntentSpec(
                "offer_phased_permit",
                (
                    "What if we permit the foundations now and the crane next month?",
                    "How about a partial permit for the groundwork first?",
                    "Could we split the permit into two stages?",
                ),
            ),
            IntentSpec(
                "refuse_fast_track",
                (
                    "We can't fast-track the permit.",
                    "No, every site waits its turn.",
                    "The queue doesn't move for anyone.",
                ),
            ),
        ]
    )
    assert matcher.matched("We could permit the groundwork first and the crane next month.")[
        :1
    ] == ("offer_phased_permit",)


@pytest.mark.parametrize(
    "text",
    [
        "I can hear how much is riding on the show.",  # sales
        "I can see how hard this week has been on the ward.",  # health
        "I hear how frustrating the delays are for your team.",  # engineering
    ],
)
def test_hearing_how_much_it_weighs_is_listening(text: str) -> None:
    assert part_mood(text) == REFLECTION


def test_hearing_how_much_it_weighs_is_not_asking_about_it() -> None:
    """It restated the stake, and met the question "What's riding on the trade show for
    you?" before (a golden case of stakeholder_negotiation relied on that)."""
    matcher = IntentMatcher(  # sales: a PM promised a whole integration for a trade show
        [
            IntentSpec(
                "ask_about_show",
                (
                    "What does the demo at the show have to prove?",
                    "Who is in the audience you most need to convince?",
                    "What's riding on the trade show for you?",
                ),
            ),
            IntentSpec(
                "promise_everything",
                (
                    "No problem, you'll have everything for the show.",
                    "Sure, we'll get all of it done by the 14th.",
                    "Fine, the whole integration will be ready.",
                ),
            ),
        ]
    )
    assert matcher.matched("I can hear how much is riding on the show.") == ()
