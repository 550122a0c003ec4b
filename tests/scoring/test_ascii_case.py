"""Caseless patterns find what the same pattern with re.IGNORECASE finds, in any text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roleplay.scoring import (
    blamed,
    deal_word,
    easy_story,
    eliciting,
    flat_no,
    focal,
    minimised,
    own_agenda,
    responsive,
    restated,
    sentences,
    supplied,
    therapy_speak,
    trade_off,
    unfounded_feeling,
    wording,
)
from roleplay.scoring.ascii_case import CaselessPattern, caseless

TEXTS = [
    "I'll SEND you the plan by Friday.",
    "So YOU feel left out of the decision",
    "Why Didn't You tell me earlier?",
    "Maybe Learn how census data works before reverting people.",
    "If you cover Monday, I'll take Friday.",
    "It Sounds Like Friday is tight.",
    "Most lumps turn out to be cysts, Research says.",
    "We’ll Send it — promise. Café meeting at noon?",  # not ASCII: the flagged pattern runs
    "Sure 🙂 I'll SEND it — promise, you’ll have it Friday.",  # no letter with a case beyond ASCII
    "If you cover Monday \u2639\ufe0f, I'll take Friday",
    "İ think it's fine",  # a letter that lower-cases to two characters
    "K\u212a is the Kelvin sign",
    "",
    # the patterns of rules 56, 213, 280-284 and 300-304, matching, in several cases
    "You can't REALLY be upset that he's moved on.",
    "There's no point feeling guilty about the rota.",
    "You're making a big deal of it, honestly.",
    "Plenty of people have it MUCH worse, but that doesn't make a third weekend easier.",
    "If you'd gone to the doctor when you first lost the weight you'd never have ended up in DKA.",
    "He's an adult and some of this is on him.",
    "LOL 'our legal team'.",
    "It's not the money, It's that I had to call four times.",
    "The price is fine for us. My worry is whether your team will still be around.",
    "The ending was kind, But nobody asked me first.",
    "So it isn't really the ban that's getting to you. It's the silence from your son.",
    "You're not overreacting, you're tired.",
    "Tell me what matters most to your team.",
    "i hear you. can we go through the budget now?",
    # rule 353's jargon (therapy_speak.JARGON), in several cases
    "I HONOUR your Healing Journey. Your Feelings are Valid and You Are Seen.",
]


def shipped() -> list[CaselessPattern]:
    found = [
        value
        for module in (
            sentences,
            wording,
            responsive,
            supplied,
            flat_no,
            deal_word,
            trade_off,
            easy_story,
            unfounded_feeling,
            blamed,
            minimised,
            focal,
            restated,
            eliciting,
            own_agenda,
            therapy_speak,
        )
        for value in vars(module).values()
        if isinstance(value, CaselessPattern)
    ]
    return found


def test_the_scorer_uses_caseless_patterns() -> None:
    assert len(shipped()) >= 15


@pytest.mark.parametrize("text", TEXTS)
def test_every_shipped_pattern_matches_like_its_ignorecase_twin(text: str) -> None:
    for pattern in shipped():
        twin = re.compile(pattern.pattern, re.IGNORECASE)
        for mine, theirs in (
            (pattern.search(text), twin.search(text)),
            (pattern.match(text), twin.match(text)),
        ):
            assert (mine is None) == (theirs is None), pattern.pattern[:40]
            if mine is not None and theirs is not None:
                assert mine.span() == theirs.span(), pattern.pattern[:40]
        assert _spans(pattern.finditer(text)) == _spans(twin.finditer(text)), pattern.pattern[:40]


def _spans(found: Iterator[re.Match[str]]) -> list[list[tuple[int, int]]]:
    """Every match's span and its groups' spans."""
    return [[m.span(), *(m.span(g) for g in range(1, m.re.groups + 1))] for m in found]


def test_the_rules_of_this_stop_find_what_they_found() -> None:
    """Each pattern moved onto lower-cased text still finds its cases (the texts above)."""
    assert blamed.blames_them(TEXTS[-11]) and blamed.blames_them(TEXTS[-10])
    assert blamed.blames_them(TEXTS[-9]) and not blamed.blames_them(TEXTS[-2])
    assert minimised.DENIED.search(TEXTS[-15]) and minimised.DENIED.search(TEXTS[-14])
    assert minimised.TOO_BIG.search(TEXTS[-13]) and minimised.COMPARED.search(TEXTS[-12])
    found = [(m.start(), m.end()) for m in minimised.DENIED.finditer(TEXTS[-15])]
    assert [TEXTS[-15][a:b] for a, b in found] == ["You can't REALLY be upset"]
    assert focal.focal_split(TEXTS[-8]) == ("the money", "that I had to call four times.")
    assert focal.focal_split(TEXTS[-6]) == ("The ending was kind", "nobody asked me first.")
    assert eliciting.embeds_need_question(TEXTS[-3])
    assert own_agenda.agenda_turn(TEXTS[-2][12:], False, TEXTS[-2][:12]) is not None
    jargon = [m.span() for m in therapy_speak.JARGON.finditer(TEXTS[-1])]
    assert [TEXTS[-1][a:b] for a, b in jargon] == [
        "I HONOUR",
        "Healing Journey",
        "Feelings are Valid",
        "You Are Seen",
    ]


def test_finditer_reads_no_text_without_the_words() -> None:
    pattern = caseless(r"\bmountain out of (?:a )?molehill\b")
    assert list(pattern.finditer("We can talk about it on Friday.")) == []
    found = list(pattern.finditer("A MOUNTAIN out of a molehill, a mountain out of molehill"))
    assert [m.span() for m in found] == [(2, 28), (32, 56)]


def test_non_ascii_text_keeps_the_unicode_case_rules() -> None:
    # re.IGNORECASE matches the Kelvin sign for "k"; lower-casing ASCII alone would not
    pattern = caseless(r"\bkelvin\b")
    assert pattern.search("\u212aelvin") is not None
    assert pattern.search("KELVIN") is not None


def test_a_pattern_with_upper_case_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="upper-case"):
        caseless(r"\b[A-Z]{2,5}\b")
    assert caseless(r"(?P<lead>tell me) (?P=lead)").search("Tell me TELL ME") is not None
    assert caseless(r"^\W*\S+\B").search("Hello") is not None  # escapes are not letters


def test_a_remembered_answer_belongs_to_its_own_text() -> None:
    """A pattern keeps its last answer (the rules ask many patterns about one sentence); the
    answer is for that text only, and for the empty text too."""
    pattern = caseless(r"^\W*(?:hi\b)?")
    empty = pattern.search("")
    assert empty is not None and empty.span() == (0, 0)  # nothing remembered yet is not ""
    first = "Hi there"
    assert pattern.search(first) is pattern.search(first)  # asked again: the same answer
    word = caseless(r"\bfriday\b")
    texts = ["See you Friday", "See you Monday", "".join(["See you ", "Friday"])]
    assert [word.search(t) is not None for t in texts * 2] == [True, False, True] * 2
    long = "x " * 1500 + "friday"  # too long to keep: asked afresh, same answer
    assert word.search(long) is not None and word.search(long) is not None
    assert word.search("no") is None


# ASCII words and marks, characters without case (emoji, a variation selector, curly quotes, a
# dash) and letters whose case the flag treats specially (the Kelvin sign, the long s, dotless
# and dotted i, an accented letter)
_PIECES = ["you", "I'll", "we", "can", "not", "So", "if", " ", ",", "?", ".", "'", "\u2019"]
_PIECES += ["\U0001f642", "\ufe0f", "\u2014", "\u212a", "\u017f", "\u0131", "\u0130", "\u00e9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("\U0001f642 So you\u2019ll cover it?")
@example("\u212aind of you \U0001f642")
def test_text_beyond_ascii_matches_like_the_ignorecase_twin(text: str) -> None:
    for pattern in shipped():
        twin = re.compile(pattern.pattern, re.IGNORECASE)
        mine, theirs = pattern.search(text), twin.search(text)
        assert (mine is None) == (theirs is None), pattern.pattern[:40]
        if mine is not None and theirs is not None:
            assert mine.span() == theirs.span(), pattern.pattern[:40]
        mine, theirs = pattern.match(text), twin.match(text)
        assert (mine is None) == (theirs is None), pattern.pattern[:40]
        assert _spans(pattern.finditer(text)) == _spans(twin.finditer(text)), pattern.pattern[:40]
