"""Per-intent thresholds, calibrated from the examples themselves and from ordinary talk.

For each intent, with the same similarity that matching uses (:mod:`.intent_similarity`) on the
encoder in use: how close ordinary replies come to its examples - the ``BACKGROUND_QUANTILE`` of
the scores of a bank of move-free replies (``intent_background.txt``, written for this purpose).
The threshold sits ``BACKGROUND_MARGIN`` above that, within ``[FLOOR, CEILING]``. (Capping it
by how close the examples come to each other was tried: it let on-topic replies through when
an intent's examples are varied.)

Each intent gets two thresholds, one per polarity: a negative part of a reply is compared only
with negative examples, so its threshold comes from how close the bank's negative sentences
("I haven't seen the draft yet") come to those examples, and likewise for affirmative ones.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from .intent_similarity import NO_MATCH, Flags, Phrasings, similarity

FLOOR = 0.20
CEILING = 0.75
BACKGROUND_QUANTILE = 0.95
BACKGROUND_MARGIN = 0.0
RIVAL_MIN_WORDS = 3
_TINY = np.float32(1e-30)

Vectors = NDArray[np.float32]


class TextEncoder(Protocol):
    """The encoder or the shared encoding cache: texts in, unit rows out."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def background_sentences() -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("intent_background.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True)
class Reference:
    """Ordinary talk on one encoder: its mean vector, and its sentences centred on it."""

    mean: Vectors
    background: Phrasings
    long_rows: list[int]

    @property
    def rivals(self) -> Phrasings:
        """The ordinary sentences a part of a reply must beat: those of RIVAL_MIN_WORDS or more.
        ("Sure." alone is close to every reply that starts with "Sure, ...".)"""
        return self.background.take(self.long_rows)

    def centre(self, vectors: Vectors) -> Vectors:
        """Vectors with the shared direction of ordinary talk removed, rows re-normalised.

        Averaged word vectors all lean the same way, so raw cosines of unrelated sentences
        are high (0.5-0.7); removing the mean spreads them out (unrelated ~0, paraphrases 0.4+).
        """
        out = vectors - self.mean  # a new float32 array, normalised in place
        norms = np.sqrt(np.einsum("ij,ij->i", out, out))
        np.maximum(norms, _TINY, out=norms)  # a zero row stays zero
        out /= norms[:, None]
        return out


_references: dict[int, tuple[TextEncoder, Reference]] = {}
_lock = threading.Lock()


def reference(encoder: TextEncoder) -> Reference:
    """The reference for an encoder, computed once per encoder object (thread-safe)."""
    with _lock:
        known = _references.get(id(encoder))
        if known is not None and known[0] is encoder:
            return known[1]
        ref = _reference(encoder)
        _references[id(encoder)] = (encoder, ref)
        return ref


def _reference(encoder: TextEncoder) -> Reference:
    sentences = list(background_sentences())
    raw = encoder.encode(sentences)
    mean = raw.mean(axis=0).astype(np.float32)
    long_rows = [i for i, t in enumerate(sentences) if len(t.split()) >= RIVAL_MIN_WORDS]
    centred = Reference(mean, Phrasings.of(sentences, raw), long_rows).centre(raw)
    return Reference(mean, Phrasings.of(sentences, centred), long_rows)


def thresholds(
    examples: Phrasings, ref: Reference, crossing: Flags | None = None
) -> tuple[float, float, float]:
    """(affirmative, negative, either): the threshold for parts of each polarity, and for parts
    read with both (the lower of the first two). A polarity the examples lack gets CEILING (no
    part of it can score anyway), unless ``crossing`` lets parts of it meet the examples of
    the other (:meth:`.intent_similarity.Groups.of`): then it is calibrated on the bank's
    sentences of that polarity met the same way. "Either" reads the examples' own polarities
    only."""
    scores = similarity(examples, ref.background, crossing)
    out = []
    for negative in (False, True):
        ordinary = scores[(ref.background.negative == negative) & (scores > NO_MATCH)]
        if not ordinary.size:
            out.append(CEILING)
            continue
        value = float(np.quantile(ordinary, BACKGROUND_QUANTILE)) + BACKGROUND_MARGIN
        out.append(float(min(max(value, FLOOR), CEILING)))
    own = [
        t if np.any(examples.negative == n) else CEILING
        for n, t in zip((False, True), out, strict=True)
    ]
    return out[0], out[1], min(own)
