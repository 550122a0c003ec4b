"""Counting makes no move (issue 12): "plain one two three" met budget_pushback's acceptance of
the whole cut ("Fine, take the whole 30%"), "Testing, one two three." its offer of 15%: the
number words sit near examples that name amounts. A run of numbers in order and nothing more is
a microphone check or a stray count. Hard negatives: an amount, two numbers that are no count,
numbers inside a move, in other domains."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import counts, part_mood
from roleplay.nlp.intent_similarity import NARRATIVE
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

ROTA = IntentMatcher(  # a warehouse manager asked for fewer night shifts
    [
        IntentSpec(
            "cut_night_shifts",
            (
                "OK, you can drop to two night shifts a week.",
                "Fine, three nights instead of five from next month.",
                "I'll take you down to two nights.",
            ),
        ),
        IntentSpec(
            "keep_rota",
            (
                "The rota stays at five nights for everyone.",
                "I can't change the number of night shifts.",
                "No, it has to stay five nights.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "plain one two three",
        "Testing, one two three.",
        "1, 2, 3",
        "One, two, three, go!",
        "three two one",
        "Testing 1 2",
        "Mic check, one two.",
    ],
)
def test_counting_is_no_move(reply: str) -> None:
    assert counts(reply)
    assert part_mood(reply) == NARRATIVE
    assert ROTA.matched(reply) == ()


def test_counting_meets_no_amount_in_a_shipped_scenario() -> None:
    budget = shipped_matcher("budget_pushback")
    for reply in ("plain one two three", "Testing, one two three."):
        assert budget.matched(reply) == ()


@pytest.mark.parametrize(
    "reply",
    [
        "Fifteen.",  # an amount
        "Two or three.",
        "Two, three.",  # two numbers, no word of testing
        "one two four",  # not in order
        "We could do one, two, three weeks.",  # numbers inside a move
        "Three nights, two of them weekdays.",
    ],
)
def test_what_is_no_count(reply: str) -> None:
    assert not counts(reply)


def test_a_move_with_numbers_still_meets_its_intent() -> None:
    assert "cut_night_shifts" in ROTA.matched("Fine, two nights a week from next month.")
