"""The linear model: weights per dimension turn hits into evidence points and a 0-100 score.

How evidence adds up (documented for learners, trainers and tests):

    score[dim] = clamp(base[dim] + sum(points of the evidence items for dim), 0, 100)
    overall    = round(mean(listening, empathy, collaboration))

A feature f with weight w (logit units, fitted offline) and cap c is worth
`points_per_unit * w` points per unit; its hits are counted in reply order until the cap is used
up, and each hit's points are rounded to a whole number on their own, so the sum of the evidence
shown is exactly what moved the score (before clamping to 0-100).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roleplay.scoring.features_base import Hit
from roleplay.scoring.lexicon import Lexicon, read_package_json
from roleplay.scoring.types import DIMENSIONS, Dimension, Evidence

DEFAULT_POINTS_PER_UNIT = 12.0
DEFAULT_BASE = 45


@dataclass(frozen=True)
class Weights:
    points_per_unit: float
    base: dict[Dimension, int]
    weights: dict[Dimension, dict[str, float]]

    @classmethod
    def from_priors(cls, lexicon: Lexicon) -> Weights:
        weights: dict[Dimension, dict[str, float]] = {d: {} for d in DIMENSIONS}
        for spec in lexicon.features.values():
            for dim, w in spec.prior.items():
                weights[dim][spec.name] = w
        return cls(DEFAULT_POINTS_PER_UNIT, {d: DEFAULT_BASE for d in DIMENSIONS}, weights)

    @classmethod
    def from_json(cls, data: dict[str, Any], lexicon: Lexicon) -> Weights:
        """The fitted weights; a feature the fit has never seen (added to cues.json after the
        last fit) counts at its prior until the next refit."""
        weights: dict[Dimension, dict[str, float]] = {d: {} for d in DIMENSIONS}
        fitted = {name for dim in DIMENSIONS for name in data["weights"].get(dim, {})}
        for dim in DIMENSIONS:
            for name, w in data["weights"].get(dim, {}).items():
                if name in lexicon.features:
                    weights[dim][name] = float(w)
        for spec in lexicon.features.values():
            if spec.name not in fitted:
                for dim, w in spec.prior.items():
                    weights[dim][spec.name] = w
        base: dict[Dimension, int] = {d: int(data["base"].get(d, DEFAULT_BASE)) for d in DIMENSIONS}
        return cls(float(data["points_per_unit"]), base, weights)


def load_weights(lexicon: Lexicon) -> Weights:
    try:
        data = read_package_json("weights.json")
    except FileNotFoundError:
        return Weights.from_priors(lexicon)
    return Weights.from_json(data, lexicon)


def _reason(template: str, hit: Hit) -> str:
    return template.replace("{text}", hit.text).replace("{emotion}", hit.detail or "feeling")


def group_hits(hits: list[Hit]) -> dict[str, list[Hit]]:
    by_feature: dict[str, list[Hit]] = {}
    for h in hits:
        by_feature.setdefault(h.feature, []).append(h)
    return by_feature


def evidence_for(
    dim: Dimension, by_feature: dict[str, list[Hit]], lexicon: Lexicon, weights: Weights
) -> list[tuple[str, Evidence]]:
    """Evidence items for one dimension, each with the name of the feature that earned it.
    `by_feature` is the reply's hits grouped by feature (group_hits)."""
    out: list[tuple[str, Evidence]] = []
    dim_weights = weights.weights[dim]
    for name, found in by_feature.items():
        w = dim_weights.get(name, 0.0)
        if w == 0.0:
            continue
        spec = lexicon.features[name]
        unit = weights.points_per_unit * w
        remaining = spec.cap
        ordered = found if len(found) == 1 else sorted(found, key=_reply_order)
        for h in ordered:
            used = min(h.amount, remaining)
            if used <= 0:
                break
            remaining -= used
            points = round(unit * used)
            if points != 0:
                out.append((name, Evidence(dim, points, _reason(spec.template, h), h.span)))
    if len(out) > 1:
        out.sort(key=lambda fe: (fe[1].span is None, fe[1].span[0] if fe[1].span else 0))
    return out


def _reply_order(hit: Hit) -> tuple[bool, int]:
    """Hits in the order of the reply; those about the reply as a whole last."""
    return (hit.start is None, hit.start or 0)


def clamp(value: int) -> int:
    return max(0, min(100, value))
