"""The held-out pair set's shape (its pass rate is a benchmark, benchmarks/pairs.py, not a test:
asserting it here would invite tuning on it)."""

from __future__ import annotations

from .heldout_pairs import HELDOUT_PAIRS


def test_heldout_pairs_cover_domains_dimensions_and_short_better_replies() -> None:
    assert len(HELDOUT_PAIRS) >= 150
    assert len({domain for domain, *_ in HELDOUT_PAIRS}) >= 10
    for dim in ("listening", "empathy", "collaboration", "overall"):
        assert sum(1 for _, d, *_ in HELDOUT_PAIRS if d == dim) >= 20
    shorter = sum(len(better) < len(worse) for *_, better, worse in HELDOUT_PAIRS)
    assert 0.4 <= shorter / len(HELDOUT_PAIRS) <= 0.6


def test_heldout_pairs_are_distinct_and_well_formed() -> None:
    keys = [(p, b, w) for _, _, p, b, w in HELDOUT_PAIRS]
    assert len(set(keys)) == len(keys)
    assert all(b.strip() and w.strip() and b != w for *_, b, w in HELDOUT_PAIRS)
