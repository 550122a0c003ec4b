"""Why a reply got each of its scores: the evidence grouped under the dimension it moved.

A dimension's score is its start plus the points of its evidence, kept within 0-100
(docs/scoring.md, "How evidence adds up"). Listed one item after another across dimensions,
the evidence did not say how "+2, -14" became "listening 33"; grouped, each score reads as a
small sum: ``listening 33: 45 to start, -12 from:`` and the items that add up to it, the
biggest first. The start is not part of a :class:`Score` (each scorer has its own), so it is
read back from a dimension the 0-100 limit did not touch.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.quotes import reason_for_people
from roleplay.scoring.types import Evidence, Score

DIMENSIONS = ("listening", "empathy", "collaboration")
LOW, HIGH = 0, 100


@dataclass(frozen=True)
class DimensionReasons:
    """One dimension's score and the evidence that moved it, biggest first."""

    dimension: str
    score: int
    start: int | None  # None: every dimension was held at 0 or 100, so the start is unknown
    items: tuple[Evidence, ...]

    @property
    def total(self) -> int:
        return sum(e.points for e in self.items)

    def heading(self) -> str:
        """``listening 33: 45 to start, -12 from:`` (the items follow), or what else happened."""
        head = f"{self.dimension} {self.score}"
        if not self.items:
            return f"{head}: nothing in this reply moved it"
        parts = [] if self.start is None else [f"{self.start} to start"]
        parts.append(f"{self.total:+d} from:")
        if self.start is None or self.start + self.total != self.score:
            limit = "capped at" if self.score >= HIGH else "held at"
            parts[-1] = f"{self.total:+d} from these, {limit} {self.score}:"
        return f"{head}: " + ", ".join(parts)

    def lines(self) -> list[str]:
        """``+9 asked an open question “What ...?”``: each item without its dimension, the
        learner's words in the product's quotes (roleplay.quotes)."""
        return [f"{e.points:+d} {reason_for_people(e.reason)}" for e in self.items]


def score_reasons(score: Score) -> list[DimensionReasons]:
    """The three dimensions in their usual order, each with the evidence that moved it."""
    grouped = {
        d: sorted((e for e in score.evidence if e.dimension == d), key=lambda e: -abs(e.points))
        for d in DIMENSIONS
    }
    own = {
        d: score.dimension(d) - sum(e.points for e in items)
        for d, items in grouped.items()
        if LOW < score.dimension(d) < HIGH
    }
    common = set(own.values())
    shared = common.pop() if len(common) == 1 else None  # for a dimension held at 0 or 100
    return [
        DimensionReasons(d, score.dimension(d), own.get(d, shared), tuple(items))
        for d, items in grouped.items()
    ]
