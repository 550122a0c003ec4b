"""An alternation searched branch by branch (scoring/branches.py) finds what the whole pattern
finds: the leftmost match, the earlier branch on a tie; branches whose words are absent are
not searched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.nlp import split_sentences
from roleplay.scoring import deal_word, responsive, supplied, trade_off, wording
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.branches import branches, top_level
from roleplay.scoring.cue_acts import CUE_ACTS, STATEMENT_CUE_ACTS

from .contrast_pairs import PAIRS

BY_BRANCH = [
    wording.CONDESCENDING,
    responsive.REQUEST,
    supplied.ASKS_FOR_INFO,
    supplied.VAGUE,
    deal_word.DISMISSIVE_DEAL,
    trade_off.COSTS,
]


def test_top_level_splits_only_at_the_outer_bars() -> None:
    assert top_level(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]
    assert top_level(r"[]|]x|y") == ["[]|]x", "y"]  # "]" first in a class is a member
    assert top_level(r"[^]|]x|y") == ["[^]|]x", "y"]
    assert top_level("abc") == ["abc"]


def test_the_leftmost_match_wins_and_the_earlier_branch_on_a_tie() -> None:
    split = branches(r"\bplease\b|\bneed (?:it|this)\b|\bneed\b")
    text = "we need it now, please"
    whole = re.compile(r"\bplease\b|\bneed (?:it|this)\b|\bneed\b").search(text)
    found = split.search(text)
    assert found is not None and whole is not None
    assert found.span() == whole.span() == (3, 10)  # "need it", not the later "please"
    assert split.search("nothing here") is None


def test_a_branch_without_its_words_is_not_searched() -> None:
    searched: list[str] = []

    class Spy:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str) -> re.Match[str] | None:
            searched.append(self.pattern.pattern)
            return self.pattern.search(text)

    split = branches(r"\bfirst thing\b|\bsecond one\b|\bthird\b")
    split._compiled = tuple(Spy(p) for p in split._compiled)  # type: ignore[misc]
    assert split.search("the second one") is not None
    assert searched == [r"\bsecond one\b"]


def test_patterns_it_cannot_split_are_refused() -> None:
    with pytest.raises(ValueError, match="capturing"):
        branches(r"(a)|b")
    with pytest.raises(ValueError, match="alternation"):
        branches(r"(?:a|b)c")
    with pytest.raises(ValueError, match="inline flags"):
        branches(r"(?i)a|b")


def corpus() -> list[str]:
    out = []
    for _d, partner, better, worse, _ in PAIRS:
        for text in (partner, better, worse):
            out += [text[s:e] for s, e in split_sentences(text)]
    return out


def test_by_branch_patterns_find_what_the_whole_pattern_finds_on_the_pair_sets() -> None:
    texts = corpus()
    assert len(texts) > 500
    for pattern in BY_BRANCH:
        whole = re.compile(pattern.pattern, re.IGNORECASE)
        for text in texts:
            mine, theirs = pattern.search(text), whole.search(text)
            assert (mine is None) == (theirs is None), (pattern.pattern[:40], text)
            if mine is not None and theirs is not None:
                assert mine.span() == theirs.span(), (pattern.pattern[:40], text)


_WORDS = "you your don't before please need want deal with big not cost mean dropping for "
_WORDS += "example plenty of things learn read if can't follow basic by Friday ? , . "
_PIECES = _WORDS.split(" ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_by_branch_patterns_match_like_the_whole_pattern_on_generated_text(text: str) -> None:
    for pattern in BY_BRANCH:
        # a fresh pattern each time: no answer remembered from another example
        split = caseless(pattern.pattern, by_branch=True)
        whole = re.compile(pattern.pattern, re.IGNORECASE)
        mine, theirs = split.search(text), whole.search(text)
        assert (mine is None) == (theirs is None), pattern.pattern[:40]
        if mine is not None and theirs is not None:
            assert mine.span() == theirs.span(), pattern.pattern[:40]


def test_statement_cue_acts_leave_out_only_the_question_wordings() -> None:
    left_out = [pair for pair in CUE_ACTS if pair not in STATEMENT_CUE_ACTS]
    assert [name for name, _ in left_out] == ["proposal", "curious_question", "curious_question"]
    assert [p for p in CUE_ACTS if p in STATEMENT_CUE_ACTS] == list(STATEMENT_CUE_ACTS)
    for text in corpus():
        if "?" in text:
            continue
        for _name, pattern in left_out:  # each needs the question mark it ends on
            assert pattern.search(text) is None
