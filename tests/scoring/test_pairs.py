"""Pair tests: for the same partner line, the clearly better reply scores higher on that dimension.

The issue's target is 95% of pairs; the hard ones (sarcasm, negation, "I understand, but" +
ultimatum, imperious "we", polite-but-ignoring, short precise vs long generic) must each pass.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer

from .pairs import PAIRS


def _wins(dimension: str, partner: str, better: str, worse: str) -> bool:
    scorer = default_scorer()
    good = scorer.score(ScoreInput(better, partner)).dimension(dimension)
    bad = scorer.score(ScoreInput(worse, partner)).dimension(dimension)
    return good > bad


def test_enough_pairs_cover_every_dimension() -> None:
    for dim in ("listening", "empathy", "collaboration"):
        assert sum(1 for p in PAIRS if p[0] == dim) >= 20


def test_pair_pass_rate_is_at_least_95_percent() -> None:
    failures = [p for p in PAIRS if not _wins(*p[:4])]
    rate = 1 - len(failures) / len(PAIRS)
    assert rate >= 0.95, "\n".join(f"{d}: {b!r} <= {w!r} ({n})" for d, _, b, w, n in failures)


@pytest.mark.parametrize(
    "pair", [p for p in PAIRS if p[4].startswith("hard:")], ids=lambda p: p[4][6:40]
)
def test_hard_pairs(pair: tuple[str, str, str, str, str]) -> None:
    dimension, partner, better, worse, _ = pair
    assert _wins(dimension, partner, better, worse)
