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
        sizes = [len(r) for r in rows]
        if min(sizes) < TOP:
            raise ValueError(f"every act needs at least {TOP} examples")
        # examples laid out act by act, each act padded to the largest; a padding column's
        # similarity is forced to -inf so it is never among an act's closest examples
        width = max(sizes)
        dim = rows[0].shape[1]
        padded = np.zeros((len(acts), width, dim), dtype=np.float32)
        self._padding = np.full((len(acts), width), -np.inf, dtype=np.float32)
        for i, r in enumerate(rows):
            padded[i, : len(r)] = r
            self._padding[i, : len(r)] = 0.0
        self._width = width
        self._examples = padded.reshape(len(acts) * width, dim).T.copy()
        self._neutral = next((i for i, a in enumerate(acts) if a.name == "neutral"), -1)

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """(sentences, acts): mean of the TOP (two) closest examples of each act."""
        if len(vectors) == 0:
            return np.zeros((0, len(self.acts)), dtype=np.float32)
        sims = (vectors @ self._examples).reshape(len(vectors), len(self.acts), self._width)
        sims += self._padding
        top = np.partition(sims, self._width - TOP, axis=2)[:, :, self._width - TOP :]
        out: np.ndarray = top.mean(axis=2).astype(np.float32)
        return out

    def classify(self, vectors: np.ndarray) -> list[SentenceAct]:
        sims = self.similarities(vectors)
        if len(sims) == 0:
            return []
        neutral = sims[:, self._neutral].copy() if self._neutral >= 0 else None
        ranked = sims.copy()
        if self._neutral >= 0:
            ranked[:, self._neutral] = -np.inf
        order = np.argsort(-ranked, axis=1)[:, :2]
        rows = np.arange(len(sims))
        best = ranked[rows, order[:, 0]]
        rival = ranked[rows, order[:, 1]]
        if neutral is not None:
            rival = np.maximum(rival, neutral)
        margin = best - rival
        strength = np.minimum(1.0, (best - FLOOR) / (FULL - FLOOR))
        empty: np.ndarray = ~np.any(vectors, axis=1)
        result: list[SentenceAct] = []
        for i in range(len(sims)):
            if empty[i]:
                result.append(SentenceAct("", 0.0, 0.0))
            elif best[i] < FLOOR or margin[i] <= 0:
                result.append(SentenceAct("", 0.0, float(best[i]), float(margin[i])))
            else:
                result.append(
                    SentenceAct(
                        self.acts[int(order[i, 0])].name,
                        float(strength[i]),
                        float(best[i]),
                        float(margin[i]),
                    )
                )
        return result

    def index(self, name: str) -> int:
        return next(i for i, a in enumerate(self.acts) if a.name == name)


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
