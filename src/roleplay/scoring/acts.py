"""Conversational acts by meaning: each sentence compared with the act bank (data/acts.yaml).

An act's similarity to a sentence is the mean of the sentence's two closest examples of that act
(cosine of encoder rows). The sentence's act is the closest one when it is close enough
(`FLOOR`) and closer than the plain-statement examples (`neutral`); its strength grows from 0 at
the floor to 1 at `FULL`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml

from roleplay.nlp import EncodingCache, shared_cache
from roleplay.scoring.types import DIMENSIONS, Dimension

FLOOR = 0.42
FULL = 0.70
TOP = 2


@dataclass(frozen=True)
class Act:
    name: str
    label: str
    points: dict[Dimension, int]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class SentenceAct:
    act: str  # "" when no act is clear
    strength: float  # 0..1
    similarity: float
    margin: float = 0.0  # how much closer than the next act (or the plain statements)


class ActBank:
    """The acts and their encoded examples (encoded once per process)."""

    def __init__(self, acts: tuple[Act, ...], cache: EncodingCache) -> None:
        self.acts = acts
        self.by_name = {a.name: a for a in acts}
        self.cache = cache
        rows = [cache.encode(list(a.examples)) for a in acts]
        self._examples = np.vstack(rows)  # all examples, act by act
        sizes = [len(r) for r in rows]
        if min(sizes) < TOP:
            raise ValueError(f"every act needs at least {TOP} examples")
        self._starts = np.cumsum([0, *sizes[:-1]])
        self._owner = np.repeat(np.arange(len(acts)), sizes)

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """(sentences, acts): mean of the TOP (two) closest examples of each act."""
        if len(vectors) == 0:
            return np.zeros((0, len(self.acts)), dtype=np.float32)
        sims = vectors @ self._examples.T
        best = np.maximum.reduceat(sims, self._starts, axis=1)
        # The runner-up: mask each act's best example once, then take the maximum again.
        is_best = sims == best[:, self._owner]
        first = is_best & (
            np.cumsum(is_best, axis=1) - _segment_offsets(is_best, self._starts) == 1
        )
        second = np.maximum.reduceat(np.where(first, -np.inf, sims), self._starts, axis=1)
        out: np.ndarray = ((best + second) / 2).astype(np.float32)
        return out

    def classify(self, vectors: np.ndarray) -> list[SentenceAct]:
        sims = self.similarities(vectors)
        neutral = self.index("neutral")
        result: list[SentenceAct] = []
        for row, vector in zip(sims, vectors, strict=True):
            if not vector.any():
                result.append(SentenceAct("", 0.0, 0.0))
                continue
            order = [int(i) for i in np.argsort(-row) if int(i) != neutral]
            best, runner_up = order[0], order[1]
            similarity = float(row[best])
            margin = similarity - max(float(row[runner_up]), float(row[neutral]))
            if similarity < FLOOR or margin <= 0:
                result.append(SentenceAct("", 0.0, similarity, margin))
                continue
            strength = min(1.0, (similarity - FLOOR) / (FULL - FLOOR))
            result.append(SentenceAct(self.acts[best].name, strength, similarity, margin))
        return result

    def index(self, name: str) -> int:
        return next(i for i, a in enumerate(self.acts) if a.name == name)


def _segment_offsets(mask: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each column, the running count of `mask` before its segment starts."""
    running = np.cumsum(mask, axis=1)
    before = np.zeros_like(running)
    for start in starts[1:]:
        before[:, start:] = running[:, start - 1 : start]
    return before


def parse_acts(text: str) -> tuple[Act, ...]:
    data = yaml.safe_load(text)
    acts: list[Act] = []
    for name, spec in data["acts"].items():
        points: dict[Dimension, int] = {}
        for dim, value in (spec.get("points") or {}).items():
            if dim not in DIMENSIONS:
                raise ValueError(f"act {name}: unknown dimension {dim}")
            points[dim] = int(value)
        acts.append(Act(name, str(spec["label"]), points, tuple(spec["examples"])))
    return tuple(acts)


@lru_cache(maxsize=1)
def act_bank() -> ActBank:
    """The shipped act bank, encoded with the shared encoder (loads it on first use)."""
    text = resources.files("roleplay.scoring").joinpath("data", "acts.yaml").read_text("utf-8")
    return ActBank(parse_acts(text), shared_cache())
