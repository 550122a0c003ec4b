"""A reply's negators are counted once: the readings that take the count from their caller
read the same as when they count it themselves, and do take it."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_refusal import refusal_ends
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import is_negative

TEXTS = [
    "I can't sign that.",
    "No. We keep the cap where it is.",
    "If this isn't fixed, I'll escalate.",
    "I'm not sure the cap applies.",
    "That's off limits.",
    "We could phase it over two quarters.",
    "Still no from me. Every lift gets its permit first.",
    "No problem, I'll send it today.",
    "I won't pretend I love it, but fine.",
    "Why wasn't I told?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_count_passed_in_reads_as_one_counted_here(text: str) -> None:
    negative = is_negative(text)
    assert refuses(text, negative) == refuses(text)
    assert part_mood(text, negative) == part_mood(text)
    assert refusal_ends(text, negative) == refusal_ends(text)


def test_the_count_passed_in_is_the_one_read() -> None:
    # a caller that has read no negator is trusted: nothing is counted again
    assert refusal_ends("I can't sign that.") == [len("I can't")]
    assert refusal_ends("I can't sign that.", False) == []
    assert refuses("I can't sign that.") and not refuses("I can't sign that.", False)


def test_a_whole_one_part_reply_decides_as_the_explained_path() -> None:
    matcher = IntentMatcher(
        [
            IntentSpec("concede", ("Okay, you can have the week off.", "Fine, take the days.")),
            IntentSpec("refuse", ("I can't give you that week.", "No, the week is not possible.")),
        ]
    )
    for text in ("I can't give you that week.", "Okay, take the week.", " No, not that week. "):
        explained = tuple(s.name for s in matcher.score(text) if s.matched)
        assert matcher.matched(text) == explained
