"""The fitted heads: per dimension, how many points one unit of each reply feature is worth.

A reply's features (semantic.py) are the cue layer's points for a dimension, split into what
raised it (`cues+`) and what lowered it (`cues-`), in tens of points, and for each act of the
bank (`act:NAME`) the sum over its sentences of strength x diminishing-returns factor (x the
partial-credit share for an unengaged acknowledgement). A dimension's score is

    clamp(base + sum over features of points[feature] x value, 0, 100)

and every term is an evidence item with its span. The numbers are fitted by
scripts/fit_heads.py (a sign-constrained least-squares fit on a pool of sources, each feature's
sign fixed by the construct it measures) and shipped as package data (data/heads.json). Without
that file the heads fall back to the act bank's hand-set points and the cue points as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from roleplay.scoring.acts import ActBank
from roleplay.scoring.lexicon import read_package_json
from roleplay.scoring.types import DIMENSIONS, Dimension

CUES_UP = "cues+"
CUES_DOWN = "cues-"
CUE_UNIT = 10.0  # a cue feature's value is its points / CUE_UNIT
DEFAULT_BASE = 45


def act_feature(name: str) -> str:
    return f"act:{name}"


@dataclass(frozen=True)
class Heads:
    base: dict[Dimension, int]
    points: dict[Dimension, dict[str, float]]

    def weight(self, dim: Dimension, feature: str) -> float:
        return self.points[dim].get(feature, 0.0)

    @classmethod
    def from_priors(cls, bank: ActBank) -> Heads:
        points: dict[Dimension, dict[str, float]] = {
            d: {CUES_UP: CUE_UNIT, CUES_DOWN: CUE_UNIT} for d in DIMENSIONS
        }
        for act in bank.acts:
            for dim, value in act.points.items():
                points[dim][act_feature(act.name)] = float(value)
        return cls({d: DEFAULT_BASE for d in DIMENSIONS}, points)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Heads:
        base: dict[Dimension, int] = {d: int(data["base"][d]) for d in DIMENSIONS}
        points: dict[Dimension, dict[str, float]] = {
            d: {k: float(v) for k, v in data["points"][d].items()} for d in DIMENSIONS
        }
        return cls(base, points)


def feature_signs(bank: ActBank) -> dict[Dimension, dict[str, int]]:
    """The sign each feature may take per dimension, fixed by its construct: cue points keep
    their direction; an act moves only the dimensions its bank entry names, in that direction."""
    signs: dict[Dimension, dict[str, int]] = {d: {CUES_UP: 1, CUES_DOWN: 1} for d in DIMENSIONS}
    for act in bank.acts:
        for dim, value in act.points.items():
            if value:
                signs[dim][act_feature(act.name)] = 1 if value > 0 else -1
    return signs


@lru_cache(maxsize=1)
def _shipped() -> Heads | None:
    try:
        return Heads.from_json(read_package_json("heads.json"))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=8)
def load_heads(bank: ActBank) -> Heads:
    """The shipped heads (read once per process), or the hand-set points without them. An act
    added to the bank after the last fit counts at its hand-set points until the next refit.
    Kept per bank (a scorer is often built per reply: the merge is done once)."""
    heads = _shipped()
    if heads is None:
        return Heads.from_priors(bank)
    fitted = {f for dim in DIMENSIONS for f in heads.points[dim]}
    new = [a for a in bank.acts if act_feature(a.name) not in fitted and a.points]
    if not new:
        return heads
    points = {d: dict(heads.points[d]) for d in DIMENSIONS}
    for act in new:
        for dim, value in act.points.items():
            points[dim][act_feature(act.name)] = float(value)
    return Heads(heads.base, points)
