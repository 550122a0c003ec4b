"""The semantic scorer's last steps on its evidence: one item per reason and span, and whether
the reply sits beside the partner or across the table."""

from __future__ import annotations

from roleplay.scoring.scorer import BESIDE_THRESHOLD
from roleplay.scoring.semantic_rules import BESIDE_ACTS
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension, Evidence, SameSide


def merge(evidence: list[Evidence]) -> list[Evidence]:
    """One item per (dimension, reason, span): the same words earning twice read as one."""
    merged: dict[tuple[Dimension, str, tuple[int, int] | None], int] = {}
    for e in evidence:
        key = (e.dimension, e.reason, e.span)
        merged[key] = merged.get(key, 0) + e.points
    return [Evidence(d, p, r, s) for (d, r, s), p in merged.items() if p]


def same_side(evidence: list[Evidence], sentences: list[Sentence], hostile: bool) -> SameSide:
    if hostile:
        return "across"
    beside = sum(e.points for e in evidence if e.dimension == "collaboration" and e.points > 0)
    across = -sum(e.points for e in evidence if e.dimension == "collaboration" and e.points < 0)
    if any(s.act.act in BESIDE_ACTS for s in sentences):
        beside += BESIDE_THRESHOLD
    if across > 0 and across >= beside:
        return "across"
    if beside >= BESIDE_THRESHOLD:
        return "beside"
    return "neutral"
