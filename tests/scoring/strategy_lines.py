"""The strategy sets (issue 11): one reply per strategy on every line.

- The emotional-support set, data/strategies_{dev,heldout}.yaml: help-seeker / client lines,
  each with one supporter reply per ESConv-style strategy (restatement, reflection of feelings,
  open question, affirmation, generic reassurance, suggestion, information, self-disclosure,
  plus a dismissal).
- The counselling set, data/counselling_{dev,heldout}.yaml: client statements from
  motivational-interviewing sessions, each with one counsellor reply per MI code (simple and
  complex reflection, open and closed question, affirmation, advice with and without
  permission, confrontation, a stock phrase).
- The reflection-level set, data/reflection_levels_{dev,heldout}.yaml: 30 client statements,
  each with a complex reflection, a simple reflection and three non-reflections (advice without
  permission, a closed question, a generic reassurance).

All were written blind, before any scorer was run on them; odd-numbered lines are the dev
half, even-numbered ones the held-out half (read as totals only: `benchmarks/strategies.py
--heldout`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data")
STRATEGIES_DEV = DATA / "strategies_dev.yaml"
STRATEGIES_HELDOUT = DATA / "strategies_heldout.yaml"
COUNSELLING_DEV = DATA / "counselling_dev.yaml"
COUNSELLING_HELDOUT = DATA / "counselling_heldout.yaml"
REFLECTION_DEV = DATA / "reflection_levels_dev.yaml"
REFLECTION_HELDOUT = DATA / "reflection_levels_heldout.yaml"

# the strategies, in the order every line lists them
STRATEGIES: tuple[str, ...] = (
    "restatement",
    "reflection",
    "open_question",
    "affirmation",
    "reassurance",
    "suggestion",
    "information",
    "self_disclosure",
    "dismissal",
)
# the counselling set's MI codes, in the order every line lists them
COUNSELLING: tuple[str, ...] = (
    "simple_reflection",
    "complex_reflection",
    "open_question",
    "closed_question",
    "affirmation",
    "advice_with_permission",
    "advice_without_permission",
    "confrontation",
    "stock_phrase",
)
# the reflection-level set's replies, in the order every line lists them
REFLECTION_LEVELS: tuple[str, ...] = (
    "complex_reflection",
    "simple_reflection",
    "advice_without_permission",
    "closed_question",
    "reassurance",
)


@dataclass(frozen=True)
class StrategyLine:
    """One help-seeker line (`n`: its place in writing order) and a reply per strategy."""

    n: int
    topic: str
    source: str
    partner: str
    replies: dict[str, str]


def load_strategy_lines(path: Path, strategies: tuple[str, ...] = STRATEGIES) -> list[StrategyLine]:
    """Read one half whose lines list `strategies` in that order; a malformed file raises
    ValueError naming the file and the line."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        raise ValueError(f"{path.name}: expected a mapping with a `lines` list")
    out: list[StrategyLine] = []
    for item in data["lines"]:
        n = item.get("n") if isinstance(item, dict) else None
        if not isinstance(n, int):
            raise ValueError(f"{path.name}: every line needs an integer `n`")
        replies = item.get("replies")
        if not isinstance(replies, dict) or tuple(replies) != strategies:
            raise ValueError(f"{path.name}: line {n}: replies must be exactly {strategies}")
        texts = {k: v for k, v in replies.items() if isinstance(v, str) and v.strip()}
        fields = [item.get(k) for k in ("topic", "source", "partner")]
        if len(texts) != len(strategies) or not all(isinstance(f, str) and f for f in fields):
            raise ValueError(f"{path.name}: line {n}: a field or a reply is missing or empty")
        topic, source, partner = (str(f) for f in fields)
        out.append(StrategyLine(n, topic, source, partner, texts))
    return out


def shingles(text: str, size: int = 7) -> set[tuple[str, ...]]:
    """Every run of `size` words in `text` (lower case), to check a set repeats no earlier one."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def earlier_shingles(mine: set[str]) -> set[tuple[str, ...]]:
    """The word runs of every data/*.yaml file except those named in `mine`."""
    out: set[tuple[str, ...]] = set()
    for path in sorted(DATA.glob("*.yaml")):
        if path.name not in mine:
            out |= shingles(path.read_text("utf-8"))
    return out
