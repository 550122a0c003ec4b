"""Who is made to act, whether a question asks or accuses, whether a statement owns a mistake:
readings the word encoder cannot hear, in several domains."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import accuses, demands, owns, speaks
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    ACCUSATION,
    DEMAND,
    INFO_QUESTION,
    OWNING,
    QUESTION,
    SPEAKER,
    STATEMENT,
    mood,
    phrasing_mood,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll have to restock the shelves yourself.",  # retail
        "Your team needs to fix the pipeline before Friday.",  # software
        "They'll just have to wait for the next delivery.",  # logistics
        "Someone ought to call the family back today.",  # care
        "So you're going to have to tell the board yourself.",
        "He should book the room on his own.",
    ],
)
def test_someone_else_told_to_act_is_a_demand(sentence: str) -> None:
    assert demands(sentence)
    assert part_mood(sentence) == DEMAND
    assert mood(sentence) == STATEMENT  # the plain mood is unchanged


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll restock the shelves tonight.",
        "You'll have to tell me the dates and I'll update the rota.",  # the speaker acts too
        "You need the numbers by Friday.",  # a reflection, not a demand
        "The data has to stay in the EU.",  # a rule, no one is told to act
        "You can have the extra week.",  # a concession put with "you"
    ],
)
def test_the_speakers_own_move_or_a_rule_is_not_a_demand(sentence: str) -> None:
    assert not demands(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'll take the Saturday shift.", True),
        ("Leave the rota with me.", True),
        ("Put me on the list for March.", True),
        ("Let's split the week.", True),
        ("We could phase the cut over two quarters.", True),
        ("You have my sign-off on the extra discount.", True),
        ("Ask one of the others, I'm away that week.", False),  # the speaker's state only
        ("Thanks for telling me.", False),
        ("The cap stays at 25%.", False),
    ],
)
def test_the_speaker_takes_on_a_move(sentence: str, expected: bool) -> None:
    assert speaks(sentence) is expected
    assert (phrasing_mood(sentence) == SPEAKER) is expected


@pytest.mark.parametrize(
    "question",
    [
        "Why are you only asking me now?",
        "Why didn't you tell us earlier?",
        "How could you miss that?",
        "What do you want me to say?",
        "Why would you even ask that?",
        "Why does the marketing team get to go first?",
        "Who came up with that number without asking us?",
        "Why do reps always come to me on the last day of the quarter?",
    ],
)
def test_a_question_that_reproaches_is_an_accusation(question: str) -> None:
    assert accuses(question)
    assert part_mood(question) == ACCUSATION
    assert phrasing_mood(question) == ACCUSATION


@pytest.mark.parametrize(
    "question",
    [
        "Why do they need 40% specifically?",
        "Why don't we phase it over two quarters?",  # a suggestion
        "What would help you most here?",
        "Why is the go-live date so important to the customer?",
        "What do you need from me?",
    ],
)
def test_a_question_that_asks_is_a_question(question: str) -> None:
    assert not accuses(question)
    assert part_mood(question) in (QUESTION, INFO_QUESTION)  # one that asks for information too


@pytest.mark.parametrize(
    "sentence",
    [
        "I should have kept the method out of the room.",  # a presentation
        "We shouldn't have shipped without a load test.",  # software
        "That's on me, I misread the dosage chart.",  # a ward
        "Calling it human error was my mistake.",
        "I got that wrong, and I'm sorry.",
        "I dropped the ball on the supplier follow-up.",
    ],
)
def test_regret_or_an_admission_owns_a_mistake(sentence: str) -> None:
    assert owns(sentence)
    assert part_mood(sentence) == OWNING


@pytest.mark.parametrize(
    "sentence",
    [
        "It's not my fault the supplier missed their date.",  # a denial
        "I should have been told about the change.",  # blame put on others
        "Sorry, but the room kept cutting me off.",  # an apology alone
        "You should have warned us.",
    ],
)
def test_denials_blame_and_bare_apologies_own_nothing(sentence: str) -> None:
    assert not owns(sentence)


# -- matching: each reading keeps a reply from a move it only shares words with --------------

RESTOCK = [
    IntentSpec(
        "commit_restock",
        (
            "I'll restock the shelves tonight before I leave.",
            "Leave the restocking with me, it'll be done by opening.",
            "We'll refill aisle four first thing tomorrow.",
            "I can sort the shelves out this evening.",
        ),
    ),
    IntentSpec(
        "refuse_restock",
        (
            "Ask someone on the late shift, I'm off at five.",
            "You'll need another person for the shelves tonight.",
            "I can't stay late for the restock.",
            "No, not tonight.",
        ),
    ),
]


def test_a_demand_on_them_is_not_the_speakers_commitment() -> None:
    matcher = IntentMatcher(RESTOCK)
    assert "commit_restock" not in matcher.matched("You'll have to restock the shelves yourself.")
    assert matcher.matched("I'll restock the shelves myself tonight.")[0] == "commit_restock"
    # telling them to look elsewhere still refuses: the examples that redirect carry no "I"
    assert matcher.matched("You'll need to find someone else for the shelves.") == (
        "refuse_restock",
    )


TRIAGE = [
    IntentSpec(
        "ask_what_happened",
        (
            "What happened on the ward last night?",
            "Can you walk me through the handover?",
            "What did the night team see when they came on?",
            "What would help you most right now?",
        ),
    ),
    IntentSpec(
        "blame_nurse",
        (
            "Why didn't you check the chart before the handover?",
            "How could you leave the insulin off the list?",
            "This is exactly the kind of mistake you keep making.",
        ),
    ),
]


def test_an_accusing_question_is_not_a_question_that_asks() -> None:
    matcher = IntentMatcher(TRIAGE)
    assert "ask_what_happened" not in matcher.matched("Why would you even ask me that?")
    assert matcher.matched("Why didn't you look at the chart at handover?") == ("blame_nurse",)
    assert matcher.matched("What happened at handover last night?") == ("ask_what_happened",)


def test_owning_it_in_regret_goes_to_owning_not_to_the_excuse_that_names_the_room() -> None:
    matcher = shipped_matcher("receiving_feedback")
    # the reading takes it off the excuse; own_it's affirmative regret example takes it there
    assert matcher.matched("I should have kept the method out of the room.") == ("own_it",)
    assert "own_it" in matcher.matched("I shouldn't have argued the method in front of the VP.")


def test_oncall_swap_a_demand_to_update_the_rota_is_not_owning_the_change() -> None:
    matcher = shipped_matcher("oncall_swap")
    for reply in (
        "You'll have to update the rota yourself.",
        "You'll need to sort the rota out with Marcus on your own.",
    ):
        assert "own_the_rota_change" not in matcher.matched(reply), reply
    assert "own_the_rota_change" in matcher.matched("I'll fix the rota with Marcus tonight.")
