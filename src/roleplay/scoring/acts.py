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
TOP = 2  # similarities() adds the two closest directly


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

    def cleared(self) -> SentenceAct:
        """No act, with the similarity and margin the encoder read kept (for the dump)."""
        return SentenceAct("", 0.0, self.similarity, self.margin)


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
        # One product with the examples as they are (no padding), then the similarities are
        # laid out act by act, padded to the largest act with -inf, so a padding slot is never
        # among an act's closest examples: one -inf column is put after the product's and every
        # padding slot takes it (one `take`, cheaper than filling a buffer and scattering).
        self._width = max(sizes)
        self._examples = np.concatenate(rows).T.copy()
        columns = self._examples.shape[1]
        layout = np.full(len(acts) * self._width, columns, dtype=np.intp)
        starts = np.cumsum([0, *sizes[:-1]])
        for i, (first, n) in enumerate(zip(starts, sizes, strict=True)):
            layout[i * self._width : i * self._width + n] = np.arange(first, first + n)
        self._layout = layout
        self._padding: dict[int, np.ndarray] = {}  # sentences -> their -inf column
        self._neutral = next((i for i, a in enumerate(acts) if a.name == "neutral"), -1)

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """(sentences, acts): mean of the TOP (two) closest examples of each act."""
        count, width = len(vectors), self._width
        if count == 0:
            return np.zeros((0, len(self.acts)), dtype=np.float32)
        padding = self._padding.get(count)
        if padding is None:
            padding = np.full((count, 1), -np.inf, dtype=np.float32)
            if len(self._padding) < 64:
                self._padding[count] = padding
        product = np.concatenate((vectors @ self._examples, padding), axis=1)
        laid = product.take(self._layout, axis=1).reshape(count, len(self.acts), width)
        laid.partition(width - TOP, axis=2)  # in place: the two closest at the end of each act
        out: np.ndarray = (laid[:, :, width - 1] + laid[:, :, width - 2]) * np.float32(0.5)
        return out

    def classify(self, vectors: np.ndarray) -> list[SentenceAct]:
        """Per sentence, its act (or "" when none is clear), strength, similarity and margin."""
        neutral = self._neutral
        result: list[SentenceAct] = []
        filled_rows = np.any(vectors, axis=1)  # False: a text with no word piece
        for row, filled in zip(
            self.similarities(vectors).tolist(), filled_rows.tolist(), strict=True
        ):
            if not filled:
                result.append(SentenceAct("", 0.0, 0.0))
                continue
            # the closest act besides neutral (the last one among equals) and the next closest
            # (equal to it on a tie), found with C-level max/index rather than a sort
            others = row[:neutral] + row[neutral + 1 :] if neutral >= 0 else row
            best = max(others)
            at = len(others) - 1 - others[::-1].index(best)
            second = max(others[:at] + others[at + 1 :])
            index = at + 1 if 0 <= neutral <= at else at
            rival = max(second, row[neutral]) if neutral >= 0 else second
            margin = best - rival
            if best < FLOOR or margin <= 0:
                result.append(SentenceAct("", 0.0, best, margin))
            else:
                strength = min(1.0, (best - FLOOR) / (FULL - FLOOR))
                result.append(SentenceAct(self.acts[index].name, strength, best, margin))
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
