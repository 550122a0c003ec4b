"""Required words of a pattern: every match holds one, so a text without any cannot match."""

from __future__ import annotations

import re

import pytest

from roleplay.scoring import responsive, sentences, supplied, wording
from roleplay.scoring.ascii_case import CaselessPattern
from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.needles import may_match, needles
from roleplay.scoring.text import ascii_lower

from .contrast_pairs import PAIRS, PROBES


def test_needles_come_from_the_mandatory_part_of_each_alternative() -> None:
    assert needles(r"(?<![a-z])(?:you\s+keep\s+(?:on\s+)?\w+ing)\b") == ("keep",)
    assert needles(r"\b(?:told|said) (?:me|us)\b") == ("said", "told")
    assert needles(r"(?:you(?:'?re)?|your\s+\w+)\s+obviously") == ("obviously",)
    assert needles(r"a+bc|(?:xy)+z") == ("bc", "xy")


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:is|are)?\s*fine",  # "fine" is required...
        r"(?:maybe)?\w+",  # ... but nothing is here
        r"[a-z]+ing",  # "ing" is required
        r"(?:one|)two",
        r"(?i:hello) world",
    ],
)
def test_every_match_holds_a_needle(pattern: str) -> None:
    found = needles(pattern)
    for text in ("fine", "is fine", "walking", "two", "onetwo", "hello world", "x"):
        if re.search(pattern, text):
            assert may_match(found, text), (pattern, text, found)


def test_no_needles_when_nothing_is_required_or_case_is_folded() -> None:
    assert needles(r"(?:maybe)?\w+") is None
    assert needles(r"good|") is None  # an empty alternative matches anywhere
    assert needles(r"hello", re.IGNORECASE) is None
    assert needles(r"i|me") is None  # a single letter is in nearly every text
    assert may_match(None, "anything")
    assert not may_match(("obviously",), "you are clearly wrong")


def test_the_scorer_patterns_never_miss_a_match_their_needles_would_hide() -> None:
    texts = [t for d, p, b, w, _ in PAIRS for t in (p, b, w)] + [t for p, d, _, t in PROBES]
    pieces = [piece for t in texts for piece in re.split(r"(?<=[.!?])\s+", t)]
    lowered = [ascii_lower(t) for t in texts + pieces]
    lexicon = load_lexicon()
    checked = 0
    for name, pattern, required, _opening in lexicon.cues.fallback:
        for text in lowered:
            if pattern.search(text):
                checked += 1
                assert may_match(required, text), (name, text)
    caseless = [
        v
        for m in (sentences, wording, responsive, supplied)
        for v in vars(m).values()
        if isinstance(v, CaselessPattern)
    ]
    for p in caseless:
        twin = re.compile(p.pattern, re.IGNORECASE)
        for text in texts + pieces:
            assert (p.search(text) is None) == (twin.search(text) is None), (p.pattern[:40], text)
            checked += 1
    assert checked > 1000
