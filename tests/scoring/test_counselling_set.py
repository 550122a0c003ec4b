"""The counselling set's shape (its AUCs are a benchmark, `benchmarks/strategies.py --set
counselling`, not a test: asserting them here would invite tuning on the set)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .strategy_lines import (
    COUNSELLING,
    COUNSELLING_DEV,
    COUNSELLING_HELDOUT,
    STRATEGIES_DEV,
    StrategyLine,
    earlier_shingles,
    load_strategy_lines,
    shingles,
)

AREAS = {
    "alcohol",
    "smoking",
    "diet and exercise",
    "medication adherence",
    "work stress",
    "money and debt",
    "parenting",
    "study",
    "relationship",
    "gambling",
    "sleep",
    "new diagnosis",
    "anger",
}
STOCK = re.compile(r"\b(i hear you|i understand|(?:that'?s|are) (?:\w+ )?valid)\b", re.I)
# a request for leave to advise: "Would it help if I shared", "Can I tell you", "Would you like"
ASKS = re.compile(
    r"\b(?:would|can|could|may) (?:it|i|you)\b[^.?]*\?|\bif you'?re open to it\b", re.I
)


def _both() -> list[StrategyLine]:
    return load_strategy_lines(COUNSELLING_DEV, COUNSELLING) + load_strategy_lines(
        COUNSELLING_HELDOUT, COUNSELLING
    )


def test_split_is_by_client_line_odd_numbers_dev() -> None:
    dev = load_strategy_lines(COUNSELLING_DEV, COUNSELLING)
    held = load_strategy_lines(COUNSELLING_HELDOUT, COUNSELLING)
    assert [line.n for line in dev] == list(range(1, 25, 2))
    assert [line.n for line in held] == list(range(2, 25, 2))
    assert not {line.partner for line in dev} & {line.partner for line in held}
    # most life areas sit in both halves, so neither half is one domain's
    both = {line.topic for line in dev} & {line.topic for line in held}
    assert len(both) >= 10


def test_every_line_has_every_code_and_every_area_is_covered() -> None:
    lines = _both()
    assert {line.topic for line in lines} == AREAS
    assert any("session" in line.source for line in lines)
    assert any("call" in line.source or "chat" in line.source for line in lines)
    texts = [r for line in lines for r in line.replies.values()]
    assert len(set(texts)) == len(texts) == 24 * len(COUNSELLING)


def test_each_code_reads_as_its_label() -> None:
    for line in _both():
        r = line.replies
        assert STOCK.search(r["stock_phrase"]), line.n
        for code in ("simple_reflection", "complex_reflection", "open_question", "affirmation"):
            assert not STOCK.search(r[code]), (line.n, code)
        for code in ("simple_reflection", "complex_reflection"):
            assert not r[code].rstrip().endswith("?"), (line.n, code)
        assert r["open_question"].rstrip().endswith("?"), line.n
        assert r["closed_question"].rstrip().endswith("?"), line.n
        assert ASKS.search(r["advice_with_permission"]), line.n
        assert not ASKS.search(r["advice_without_permission"]), line.n
        assert "?" not in r["advice_without_permission"], line.n


def test_the_complex_reflection_is_in_other_words() -> None:
    # a complex reflection adds meaning rather than repeating the client: it shares fewer of
    # their word runs than the simple reflection does on most lines
    def runs(text: str) -> set[tuple[str, ...]]:
        return shingles(text, 3)

    fewer = [
        line.n
        for line in _both()
        if len(runs(line.replies["complex_reflection"]) & runs(line.partner))
        < len(runs(line.replies["simple_reflection"]) & runs(line.partner))
    ]
    assert len(fewer) >= 16


def test_no_client_line_repeats_the_wording_of_an_earlier_set() -> None:
    earlier = earlier_shingles({COUNSELLING_DEV.name, COUNSELLING_HELDOUT.name})
    for line in _both():
        assert not shingles(line.partner) & earlier, line.n


def test_loader_rejects_a_line_with_the_other_sets_codes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"strategies_dev\.yaml: line 1: replies must be"):
        load_strategy_lines(STRATEGIES_DEV, COUNSELLING)
    bad = tmp_path / "bad.yaml"
    bad.write_text("lines:\n- n: x\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: every line needs an integer `n`"):
        load_strategy_lines(bad, COUNSELLING)
