"""The reflection-level set's shape (its AUCs are a benchmark, `benchmarks/strategies.py --set
reflection`, not a test: asserting them here would invite tuning on the set)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .strategy_lines import (
    COUNSELLING_DEV,
    REFLECTION_DEV,
    REFLECTION_HELDOUT,
    REFLECTION_LEVELS,
    StrategyLine,
    earlier_shingles,
    load_strategy_lines,
    shingles,
)

# the lines on which the complex reflection was written shorter than the simple one
SHORTER = {1, 2, 5, 6, 9, 10, 13, 14, 17, 18, 21, 22, 25, 26, 29}
# a question put as one, or a request for leave to advise
ASKS = re.compile(r"\?|\b(?:would it help|can i (?:tell|suggest|share))\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _both() -> list[StrategyLine]:
    return load_strategy_lines(REFLECTION_DEV, REFLECTION_LEVELS) + load_strategy_lines(
        REFLECTION_HELDOUT, REFLECTION_LEVELS
    )


def test_split_is_by_client_line_odd_numbers_dev() -> None:
    dev = load_strategy_lines(REFLECTION_DEV, REFLECTION_LEVELS)
    held = load_strategy_lines(REFLECTION_HELDOUT, REFLECTION_LEVELS)
    assert [line.n for line in dev] == list(range(1, 31, 2))
    assert [line.n for line in held] == list(range(2, 31, 2))
    assert not {line.partner for line in dev} & {line.partner for line in held}


def test_every_line_is_its_own_life_area_and_every_reply_is_distinct() -> None:
    lines = _both()
    assert len({line.topic for line in lines}) == 30
    texts = [r for line in lines for r in line.replies.values()]
    assert len(set(texts)) == len(texts) == 30 * len(REFLECTION_LEVELS)
    # client lines of one to four sentences, so length alone does not describe a line
    sentences = {len(re.findall(r"[.!?](?:\s|$)", line.partner)) for line in lines}
    assert min(sentences) == 1 and max(sentences) >= 4


def test_each_reply_reads_as_its_label() -> None:
    for line in _both():
        r = line.replies
        for code in ("complex_reflection", "simple_reflection", "advice_without_permission"):
            assert not ASKS.search(r[code]), (line.n, code)
        assert r["closed_question"].rstrip().endswith("?"), line.n
        assert "?" not in r["reassurance"], line.n


def test_half_the_complex_reflections_are_the_shorter_reply() -> None:
    # reply length must not tell a complex reflection from a simple one: on the lines the header
    # names the complex reflection has fewer words, on the others more
    for line in _both():
        cx = len(_words(line.replies["complex_reflection"]))
        sx = len(_words(line.replies["simple_reflection"]))
        assert (cx < sx) == (line.n in SHORTER), (line.n, cx, sx)


def test_simple_reflections_reuse_their_words_and_complex_ones_mostly_do_not() -> None:
    def runs(text: str) -> set[tuple[str, ...]]:
        return shingles(text, 3)

    fewer = 0
    for line in _both():
        said = runs(line.partner)
        simple = len(runs(line.replies["simple_reflection"]) & said)
        complex_ = len(runs(line.replies["complex_reflection"]) & said)
        assert simple >= 2, line.n
        fewer += complex_ < simple
    assert fewer == 30


def test_no_client_line_repeats_the_wording_of_an_earlier_set() -> None:
    earlier = earlier_shingles({REFLECTION_DEV.name, REFLECTION_HELDOUT.name})
    for line in _both():
        assert not shingles(line.partner) & earlier, line.n


def test_loader_rejects_a_line_with_another_sets_codes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"counselling_dev\.yaml: line 1: replies must be"):
        load_strategy_lines(COUNSELLING_DEV, REFLECTION_LEVELS)
    bad = tmp_path / "bad.yaml"
    bad.write_text("lines:\n- n: 1\n  replies: {complex_reflection: x}\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: replies must be"):
        load_strategy_lines(bad, REFLECTION_LEVELS)
