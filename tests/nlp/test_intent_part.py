"""The shape shared by the readings of a part (`nlp/intent_part.py`): a construct at the part's
start (or anywhere in it), no question, no move after it; the examples an intent keeps."""

from __future__ import annotations

import re

from roleplay.nlp.intent_part import PartReading
from roleplay.nlp.memo import forget_readings

_SORRY = re.compile(r"\W*(?:i['’]m|i\s+am)\s+sorry\b", re.IGNORECASE)
_THEN = re.compile(r",\s*(?:but|and)\b|;", re.IGNORECASE)
_LATE = re.compile(r"\brunning\s+late\b", re.IGNORECASE)


def test_the_construct_at_the_start_with_nothing_after_it() -> None:
    part = PartReading(("sorry",), _SORRY, _THEN)
    assert part.reads("I'm sorry about the invoice.")
    assert part.reads("  I am SORRY it went missing")
    assert not part.reads("I'm sorry, but the refund is off the table.")  # a move after it
    assert not part.reads("I'm sorry; we can ship a week later.")
    assert not part.reads("Are you sorry?")  # a question
    assert not part.reads("Am I sorry it happened?")
    assert not part.reads("Honestly the clinic is sorry too.")  # not at the start


def test_anywhere_searches_the_part_and_no_more_pattern_reads_no_clause() -> None:
    part = PartReading(("late",), _LATE, anywhere=True)
    assert part.reads("The train is running late again.")
    assert part.reads("Running late, but I'll be there by ten.")  # no clause is looked for
    assert not part.reads("Is the train running late?")
    assert not PartReading(("late",), _LATE).reads("The train is running late again.")


def test_the_cheap_check_takes_words_or_a_pattern() -> None:
    by_words = PartReading(("if i", "if we"), _SORRY)
    assert by_words.may("so if we missed it, that was us")
    assert not by_words.may("we missed it, that was us")
    by_pattern = PartReading(re.compile(r"sorr(?:y|ier)"), _SORRY)
    assert by_pattern.may("i'm sorrier than you know")
    assert not by_pattern.may("i regret it")


def test_examples_hold_the_pattern_or_are_such_parts() -> None:
    own = PartReading(("sorry",), _SORRY, _THEN)  # an example must itself be such a part
    assert own.held_by(["Fine.", "I'm sorry about the delay."])
    assert not own.held_by(["I'm sorry, but no.", "Is it late?"])
    assert not own.held_by([])
    loose = PartReading(("sorry",), _SORRY, _THEN, examples=_SORRY)  # the pattern is enough
    assert loose.held_by(["I'm sorry, but no."])
    assert not loose.held_by(["Nobody is sorry."])  # matched at the start, as the part is
    anywhere = PartReading(("late",), _LATE, anywhere=True, examples=_LATE)
    assert anywhere.held_by(["Sadly the courier is running late."])


def test_answers_are_kept_and_forgotten_with_every_reading() -> None:
    part = PartReading(("sorry",), _SORRY, _THEN)
    assert part.reads("I'm sorry about that.")
    assert part.reads.cache_info().hits == 0  # type: ignore[attr-defined]
    assert part.reads("I'm sorry about that.")
    assert part.reads.cache_info().hits == 1  # type: ignore[attr-defined]
    forget_readings()
    assert part.reads.cache_info().currsize == 0  # type: ignore[attr-defined]
