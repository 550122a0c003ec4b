"""The semantic scorer's evidence: the heads' points for a reply's parts, one item per reason
and span, and whether the reply sits beside the partner or across the table."""

from __future__ import annotations

from roleplay.scoring.heads import Heads
from roleplay.scoring.scorer import BESIDE_THRESHOLD
from roleplay.scoring.semantic_parts import Analysis
from roleplay.scoring.semantic_rules import BESIDE_ACTS
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import DIMENSIONS, Dimension, Evidence, SameSide


def head_evidence(analysis: Analysis, heads: Heads) -> list[Evidence]:
    """The heads' points per part. Per sentence and dimension an act adds only what the
    cues in that sentence did not already earn, so nothing is counted twice."""
    out: list[Evidence] = []
    earned: dict[tuple[int, Dimension], int] = {}
    for p in analysis.parts:
        if p.dimension is None:
            continue
        points = round(heads.weight(p.dimension, p.feature) * p.value)
        if points:
            out.append(Evidence(p.dimension, points, p.reason, p.span))
            home = sentence_at(analysis.sentences, p.span)
            if home is not None:
                key = (home.start, p.dimension)
                earned[key] = earned.get(key, 0) + points
    for p in analysis.parts:
        if p.dimension is not None or p.span is None:
            continue
        for dim in DIMENSIONS:
            value = round(heads.weight(dim, p.feature) * p.value)
            already = earned.get((p.span[0], dim), 0)
            if value > 0:
                extra = value - max(0, already)
            else:
                extra = min(0, value - min(0, already))
            if extra and (value > 0) == (extra > 0):
                out.append(Evidence(dim, extra, p.reason, p.span))
    return out


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
