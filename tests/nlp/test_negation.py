"""Polarity and clauses for intent matching."""

from __future__ import annotations

import pytest

from roleplay.nlp.negation import clause_spans, is_negative, negator_count


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Host them in the US for now.", False),
        ("We can't host them in the US.", True),
        ("We cannot host them in the US.", True),
        ("We cant do that.", True),
        ("We can’t do that.", True),  # curly apostrophe
        ("No, we can't host them there.", True),  # the bare "No," repeats the negation
        ("No.", True),
        ("No problem, host them in the US.", False),
        ("Not only is it fast, it's cheap.", False),
        ("I don't see why we can't host them in the US.", False),
        ("Never again.", True),
    ],
)
def test_polarity(text: str, negative: bool) -> None:
    assert is_negative(text) is negative


def test_idioms_are_not_negators() -> None:
    assert negator_count("No worries, why not try it?") == 0


def test_clauses_split_at_but_and_semicolons() -> None:
    text = "We can't do the US, but we could phase it; that works"
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == [
        "We can't do the US",
        "we could phase it",
        "that works",
    ]


def test_one_word_clauses_are_dropped() -> None:
    text = "No: we could phase it"
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == ["we could phase it"]


@pytest.mark.parametrize(
    "text",
    ["We can't host them in the US, not even for now.", "No, never, not in the US."],
)
def test_repeated_negators_stay_negative(text: str) -> None:
    assert is_negative(text)


@pytest.mark.parametrize(
    "text",
    [
        "There's no reason not to host them in the US.",
        "I'm not against hosting them in the US.",
        "No objection from me.",
        "I can't argue with that.",
    ],
)
def test_affirming_double_negations_are_positive(text: str) -> None:
    assert not is_negative(text)


def test_a_negated_condition_does_not_negate_the_main_clause() -> None:
    assert not is_negative("If this isn't fixed by Friday, I'll escalate to the VP.")
    assert is_negative("If legal approved it we could talk, but they won't.")


@pytest.mark.parametrize(
    "text",
    [
        "The data stays in the EU, that's not negotiable.",
        "This isn't optional.",
        "The rule is not up for debate.",
    ],
)
def test_emphatic_must_is_not_a_negation(text: str) -> None:
    assert not is_negative(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sure, I'll take the whole week, don't worry about it.",
        "What's happening that week, if you don't mind me asking?",
        "I don't mind covering the 27th.",
        "Never mind, I'll take it.",
        "Don't hesitate to call me.",
        "I can't wait to see it live.",
        "I couldn't agree more.",
    ],
)
def test_reassurance_and_politeness_carry_no_negation(text: str) -> None:
    assert not is_negative(text)


def test_reassurance_does_not_hide_a_real_negation() -> None:
    assert is_negative("We can't host it in the US, don't worry.")


def test_a_trailing_bare_no_joins_the_clause_before_it() -> None:
    text = "Taking the whole week would mean cancelling my trip, so no."
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == [text]
    text = "We can't do March - sorry, no - but April works."
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text))] == [
        "We can't do March - sorry, no",
        "April works.",
    ]


def _count_word_by_word(text: str) -> int:
    """negator_count without its quick search for a possible negator (the reference)."""
    from roleplay.nlp import negation

    lowered = text.lower()
    if not negation._count(lowered):
        return 0
    return negation._count(negation._IDIOM.sub(" ", negation._without_conditions(lowered)))


@pytest.mark.parametrize(
    "text",
    [
        "2no way",  # a digit before the negator: no word boundary, still a negator word
        "éno, we won't",  # a letter outside a-z before it
        "x_not that",
        "no'if it rains, fine",  # the condition's removal leaves a bare "no"
        "it's a 4n't",
        "Rock'n'roll isn't dead",
        "don’t",
        "nothing, nor none",
        "knot snow cannon",  # negators inside other words are not negators
        "I don't see why we can't",
        "We can host them.",
        "",
    ],
)
def test_the_quick_search_changes_no_count(text: str) -> None:
    assert negator_count(text) == _count_word_by_word(text)


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("What would you need to take to your CEO to feel this won't happen again?", False),
        ("We'll make sure it doesn't happen again.", False),
        ("How do we ensure nobody is paged twice in a night?", False),
        ("I can guarantee the records never leave the EU.", False),
        ("I can't promise it won't happen again.", True),  # the promise itself is refused
        ("I'm booked that week, so I can't take it.", True),  # "so" alone is no outcome
        ("We can't host it in the US, so that the audit passes.", True),
    ],
)
def test_a_negated_outcome_does_not_negate_the_move(text: str, negative: bool) -> None:
    assert is_negative(text) is negative
