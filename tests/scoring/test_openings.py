"""Where a pattern's matches can start (scoring/openings.py): the literal words every match opens
on, and a `finditer` that tries the pattern only there and finds what the pattern's own does,
for the cue index's whole-text patterns on the pair sets' texts and on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.openings import finditer, openings
from roleplay.scoring.text import ascii_lower

from .contrast_pairs import PAIRS
from .pairs import PAIRS as OLDER_PAIRS

_FALLBACK = load_lexicon().cues.fallback


def _pattern_of(text: str) -> str | None:
    found = openings(text)
    return None if found is None else found.pattern


def test_openings_are_the_words_every_match_starts_with() -> None:
    assert _pattern_of(r"(?<![a-z])(?:\byou\s+could|one (?:more|less)|a\s+single)") == (
        r"one\ |you\s|a\s"
    )
    assert _pattern_of(r"\b(?:my|our) \w+ says") == "our|my"
    assert _pattern_of(r"(?:has|have)\s+plenty") == "ha"  # the parser's common "ha"
    # an opening it cannot pin down: an optional part, a class, a flag, nothing consumed
    assert _pattern_of(r"'?ll come round") is None
    assert _pattern_of(r"[ab]cd") is None
    assert _pattern_of(r"(?:you|\w+ing) now") is None
    assert _pattern_of(r"(?<=x)") is None
    assert openings("you", re.IGNORECASE) is None


def test_matches_are_tried_only_from_the_last_match_on() -> None:
    pattern = re.compile(r"\bab(?:ab)*|\bb")
    opening = openings(pattern.pattern)
    text = "abab b ab xab"
    assert [m.span() for m in finditer(pattern, opening, text)] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert list(finditer(pattern, None, "b")) and not list(finditer(pattern, opening, "x"))


def _same_as_the_pattern(text: str) -> None:
    lower = ascii_lower(text)
    for name, pattern, _required, opening in _FALLBACK:
        mine = [m.span() for m in finditer(pattern, opening, lower)]
        whole = [m.span() for m in pattern.finditer(lower)]
        assert mine == whole, (name, lower)


def test_the_cue_index_patterns_on_the_pair_sets() -> None:
    assert sum(opening is not None for *_, opening in _FALLBACK) >= 6
    for _d, partner, better, worse, _ in PAIRS + OLDER_PAIRS:
        for text in (partner, better, worse):
            _same_as_the_pattern(text)


_WORDS = (
    "you your yours you're could can should be able to easily just always get by got it easy "
    "one 1 a single wouldn't won't be enough is still better fine plenty there's there are have "
    "has probably lots of around nearby bring buy own her their let them if so keep on asking "
    "obviously need more than me we do benefits both sides us satisfies is really awful so much "
    "wow such an expert :) /s 'll come round"
).split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "  ", ", ", ". ", "\n", ""])),
        max_size=14,
    ).map(lambda pairs: "".join(w + sep for w, sep in pairs))
)
def test_the_cue_index_patterns_on_generated_text(text: str) -> None:
    _same_as_the_pattern(text)
