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


def test_genre_pairs_split_by_partner_cover_four_genres_and_short_better_replies() -> None:
    from .heldout_pairs import GENRE_DEV_PAIRS, GENRE_HELDOUT_PAIRS

    genres = {"counselling", "support", "dispute", "health"}
    for pairs in (GENRE_DEV_PAIRS, GENRE_HELDOUT_PAIRS):
        assert len(pairs) >= 90
        assert {domain for domain, *_ in pairs} == genres
        shorter = sum(len(better) < len(worse) for *_, better, worse in pairs)
        assert 0.4 <= shorter / len(pairs) <= 0.6
        keys = [(p, b, w) for _, _, p, b, w in pairs]
        assert len(set(keys)) == len(keys)
    # no partner line (context) is shared between the halves
    assert not {p for _, _, p, *_ in GENRE_DEV_PAIRS} & {p for _, _, p, *_ in GENRE_HELDOUT_PAIRS}


def test_fresh_genre_pairs_are_balanced_and_share_no_partner_line_with_any_other_set() -> None:
    from .heldout_pairs import (
        GENRE_DEV_PAIRS,
        GENRE_FRESH_DEV_PAIRS,
        GENRE_FRESH_HELDOUT_PAIRS,
        GENRE_HELDOUT_PAIRS,
    )

    genres = {"counselling", "support", "dispute", "health"}
    for pairs in (GENRE_FRESH_DEV_PAIRS, GENRE_FRESH_HELDOUT_PAIRS):
        assert len(pairs) == 60
        for genre in genres:
            assert sum(domain == genre for domain, *_ in pairs) == 15
        shorter = sum(len(better) < len(worse) for *_, better, worse in pairs)
        assert 0.4 <= shorter / len(pairs) <= 0.6
        keys = [(p, b, w) for _, _, p, b, w in pairs]
        assert len(set(keys)) == len(keys)
    fresh_dev = {p for _, _, p, *_ in GENRE_FRESH_DEV_PAIRS}
    fresh_heldout = {p for _, _, p, *_ in GENRE_FRESH_HELDOUT_PAIRS}
    assert not fresh_dev & fresh_heldout
    older = {p for _, _, p, *_ in (*GENRE_DEV_PAIRS, *GENRE_HELDOUT_PAIRS, *HELDOUT_PAIRS)}
    assert not (fresh_dev | fresh_heldout) & older


def test_third_genre_pairs_are_balanced_and_share_no_partner_line_with_any_other_set() -> None:
    from .heldout_pairs import (
        GENRE_DEV_PAIRS,
        GENRE_FRESH_DEV_PAIRS,
        GENRE_FRESH_HELDOUT_PAIRS,
        GENRE_HELDOUT_PAIRS,
        GENRE_THIRD_DEV_PAIRS,
        GENRE_THIRD_HELDOUT_PAIRS,
    )

    genres = {"counselling", "support", "dispute", "health", "workplace"}
    for pairs in (GENRE_THIRD_DEV_PAIRS, GENRE_THIRD_HELDOUT_PAIRS):
        blind = [pair for pair in pairs if pair[0] != "defect"]
        assert len(blind) == 50
        for genre in genres:
            assert sum(domain == genre for domain, *_ in blind) == 10
        shorter = sum(len(better) < len(worse) for *_, better, worse in blind)
        assert 0.4 <= shorter / len(blind) <= 0.6
        keys = [(p, b, w) for _, _, p, b, w in pairs]
        assert len(set(keys)) == len(keys)
    assert not [pair for pair in GENRE_THIRD_HELDOUT_PAIRS if pair[0] == "defect"]
    third_dev = {p for _, _, p, *_ in GENRE_THIRD_DEV_PAIRS}
    third_heldout = {p for _, _, p, *_ in GENRE_THIRD_HELDOUT_PAIRS}
    assert not third_dev & third_heldout
    older = {
        p
        for _, _, p, *_ in (
            *GENRE_DEV_PAIRS,
            *GENRE_HELDOUT_PAIRS,
            *GENRE_FRESH_DEV_PAIRS,
            *GENRE_FRESH_HELDOUT_PAIRS,
            *HELDOUT_PAIRS,
        )
    }
    assert not (third_dev | third_heldout) & older
