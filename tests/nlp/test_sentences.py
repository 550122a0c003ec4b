"""split_sentences: spans into the original text, trimmed, with the usual traps handled."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roleplay.nlp import split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friday is tight. Before I commit, is it the annual number? If so, we phase.",
            ["Friday is tight.", "Before I commit, is it the annual number?", "If so, we phase."],
        ),
        ("ok. i will do it", ["ok.", "i will do it"]),
        # a question after a semicolon is a sentence of its own (the statement is no question)
        (
            "I'll ask the float pool for Sunday; could you manage Saturday?",
            ["I'll ask the float pool for Sunday;", "could you manage Saturday?"],
        ),
        (
            "Is it the date; or is it the scope?",
            ["Is it the date; or is it the scope?"],
        ),
        ("Firewood 2 for me; water 2 for you.", ["Firewood 2 for me; water 2 for you."]),
        ("A; b; c?", ["A; b;", "c?"]),
        ("Really?! That's news...  Fine", ["Really?!", "That's news...", "Fine"]),
        ('She said "No." Then left.', ['She said "No."', "Then left."]),
        (
            "Dr. Patel agreed at 3.5 percent, e.g. a small cut.",
            ["Dr. Patel agreed at 3.5 percent, e.g. a small cut."],
        ),
        ("J. Doe called. Fine.", ["J. Doe called.", "Fine."]),
        ("Tools, paper, etc. were gone.", ["Tools, paper, etc. were gone."]),
        ("Plan:\n- phase one\n- phase two", ["Plan:", "- phase one", "- phase two"]),
        ("no punctuation at all", ["no punctuation at all"]),
        ("Wait\u2026 what?", ["Wait\u2026", "what?"]),
        ("", []),
        ("   \n ", []),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_spans_point_into_the_original_text() -> None:
    text = "  One.   Two!  "
    assert split_sentences(text) == [(2, 6), (9, 13)]


@pytest.mark.parametrize("text", ["No. I won't.", "Yes I am. We go.", "I sat. Then I left."])
def test_short_words_that_look_like_abbreviations_still_end_sentences(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_each_call_returns_its_own_list() -> None:
    # the spans of recent texts are kept for the next caller: changing the list one caller
    # got must not change what the next one gets
    text = "We can phase it. Would that work?"
    first = split_sentences(text)
    first.append((0, 1))
    first[0] = (5, 6)
    assert split_sentences(text) == [(0, 16), (17, 33)]


_BOUNDARY_ALPHABET = ".!?\u2026'\"\u2019\u201d)] \t\nxA"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_BOUNDARY_ALPHABET, max_size=30))
@example("Really?! That's news...\n\n Fine.)")
@example("x.\n.\n")
def test_sentence_ends_are_found_as_with_two_alternatives(text: str) -> None:
    """The boundary pattern opens on one character class (so the engine skips ahead); it finds
    what the plain two-alternative pattern found."""
    import re

    from roleplay.nlp.sentences import _BOUNDARY

    before = re.compile(r"""[.!?\u2026]+['"\u2019\u201d)\]]*(?=\s|$)|\n+""")
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_a_run_without_end_marks_is_cut_at_spaces_into_bounded_sentences() -> None:
    # reading one sentence costs time growing with the square of its length: an unpunctuated
    # paste of 100,000 characters kept the scorer busy for many minutes
    from roleplay.nlp.sentences import MAX_SENTENCE_CHARS

    words = "we could phase it if you agree but I will not cut it all "
    text = words * 2000
    spans = split_sentences(text)
    assert len(spans) > len(text) // MAX_SENTENCE_CHARS
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[s - 1] == " " and text[e] == " " for s, e in spans[1:-1])  # cut at spaces
    assert " ".join(text[s:e] for s, e in spans) == text.strip()  # every word, in order
    one_word = "x" * (3 * MAX_SENTENCE_CHARS)
    limit = MAX_SENTENCE_CHARS
    assert split_sentences(one_word) == [(i * limit, (i + 1) * limit) for i in range(3)]
    short = "Friday is tight. " * 100  # ordinary sentences are not touched
    assert len(split_sentences(short)) == 100


# Rule 88 (docs/scoring.md): a run of four to twelve words said again straight after itself,
# with no end mark between, is a sentence of its own, so the scorer reads the copy as a repeat.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I understand how you feel I understand how you feel I understand how you feel",
            ["I understand how you feel"] * 3,
        ),
        (
            "We will fix the rota, we will fix the rota, promise.",
            ["We will fix the rota,", "we will fix the rota,", "promise."],
        ),
        ("One step at a time, one step at a time.", ["One step at a time,", "one step at a time."]),
        # three words or fewer said twice, and a phrase that comes back later, are left alone
        ("I hear you, I hear you, it's a lot.", ["I hear you, I hear you, it's a lot."]),
        (
            "Without an investigation before removing the alleged perpetrator, the alleged "
            "perpetrator is punished.",
            [
                "Without an investigation before removing the alleged perpetrator, the alleged "
                "perpetrator is punished."
            ],
        ),
        (
            "We could phase the cut over two quarters and we could phase the hiring too.",
            ["We could phase the cut over two quarters and we could phase the hiring too."],
        ),
    ],
)
def test_a_run_said_again_straight_after_itself_is_a_sentence_of_its_own(
    text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_a_paste_of_one_phrase_thousands_of_times_is_not_cut_into_thousands_of_sentences() -> None:
    text = "we can do it " * 7600
    spans = split_sentences(text)
    assert len(spans) < 200
    # every character of the text is in a sentence, in order
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
