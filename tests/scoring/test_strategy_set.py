"""The emotional-support strategy set's shape (its AUCs are a benchmark, benchmarks/strategies.py,
not a test: asserting them here would invite tuning on the set)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .strategy_lines import (
    STRATEGIES,
    STRATEGIES_DEV,
    STRATEGIES_HELDOUT,
    earlier_shingles,
    load_strategy_lines,
    shingles,
)

TOPICS = {
    "work stress",
    "grief",
    "breakup",
    "exams",
    "loneliness",
    "caring for a parent",
    "health worries",
    "money",
    "addiction",
}
STOCK = re.compile(
    r"\b(i hear you|that'?s (?:so )?valid|i understand how you feel|i'?m so sorry)\b", re.I
)


def test_split_is_by_line_odd_numbers_dev() -> None:
    dev = load_strategy_lines(STRATEGIES_DEV)
    held = load_strategy_lines(STRATEGIES_HELDOUT)
    assert [line.n for line in dev] == list(range(1, 25, 2))
    assert [line.n for line in held] == list(range(2, 25, 2))
    assert not {line.partner for line in dev} & {line.partner for line in held}


def test_every_line_has_every_strategy_and_the_topics_are_covered() -> None:
    lines = load_strategy_lines(STRATEGIES_DEV) + load_strategy_lines(STRATEGIES_HELDOUT)
    assert {line.topic for line in lines} == TOPICS
    assert {line.source for line in lines} >= {"forum post", "chat message"}
    assert any("session" in line.source for line in lines)
    texts = [r for line in lines for r in line.replies.values()]
    assert len(set(texts)) == len(texts) == 24 * len(STRATEGIES)


def test_reflective_replies_are_plain_and_often_shorter_than_the_advice() -> None:
    lines = load_strategy_lines(STRATEGIES_DEV) + load_strategy_lines(STRATEGIES_HELDOUT)
    for line in lines:
        for strategy in ("restatement", "reflection", "open_question", "affirmation"):
            assert not STOCK.search(line.replies[strategy]), (line.n, strategy)
    shorter = [
        line.n
        for line in lines
        if len(line.replies["reflection"]) < len(line.replies["suggestion"])
    ]
    assert len(shorter) >= 12
    assert all(line.replies["open_question"].rstrip().endswith("?") for line in lines)


def test_no_partner_line_repeats_the_wording_of_an_earlier_set() -> None:
    earlier = earlier_shingles({STRATEGIES_DEV.name, STRATEGIES_HELDOUT.name})
    lines = load_strategy_lines(STRATEGIES_DEV) + load_strategy_lines(STRATEGIES_HELDOUT)
    for line in lines:
        assert not shingles(line.partner) & earlier, line.n


def test_loader_names_the_file_and_line_of_a_malformed_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "lines:\n- n: 3\n  topic: grief\n  source: forum post\n  partner: x\n"
        "  replies: {restatement: a}\n",
        "utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.yaml: line 3"):
        load_strategy_lines(bad)
    bad.write_text("- just a list\n", "utf-8")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_strategy_lines(bad)
