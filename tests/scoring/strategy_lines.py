"""The emotional-support strategy set (issue 11), read from data/strategies_{dev,heldout}.yaml.

24 help-seeker / client lines, each with one supporter reply per strategy (ESConv-style labels:
restatement, reflection of feelings, open question, affirmation, generic reassurance,
suggestion, information, self-disclosure, plus a dismissal). Written blind, before any scorer
was run on it; odd-numbered lines are the dev half, even-numbered ones the held-out half (read
as totals only: `benchmarks/strategies.py --heldout`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data")
STRATEGIES_DEV = DATA / "strategies_dev.yaml"
STRATEGIES_HELDOUT = DATA / "strategies_heldout.yaml"

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


@dataclass(frozen=True)
class StrategyLine:
    """One help-seeker line (`n`: its place in writing order) and a reply per strategy."""

    n: int
    topic: str
    source: str
    partner: str
    replies: dict[str, str]


def load_strategy_lines(path: Path) -> list[StrategyLine]:
    """Read one half; a malformed file raises ValueError naming the file and the line."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        raise ValueError(f"{path.name}: expected a mapping with a `lines` list")
    out: list[StrategyLine] = []
    for item in data["lines"]:
        n = item.get("n") if isinstance(item, dict) else None
        if not isinstance(n, int):
            raise ValueError(f"{path.name}: every line needs an integer `n`")
        replies = item.get("replies")
        if not isinstance(replies, dict) or tuple(replies) != STRATEGIES:
            raise ValueError(f"{path.name}: line {n}: replies must be exactly {STRATEGIES}")
        texts = {k: v for k, v in replies.items() if isinstance(v, str) and v.strip()}
        fields = [item.get(k) for k in ("topic", "source", "partner")]
        if len(texts) != len(STRATEGIES) or not all(isinstance(f, str) and f for f in fields):
            raise ValueError(f"{path.name}: line {n}: a field or a reply is missing or empty")
        topic, source, partner = (str(f) for f in fields)
        out.append(StrategyLine(n, topic, source, partner, texts))
    return out
