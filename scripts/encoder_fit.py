"""The fit of scripts/fit_encoder_table.py: a static table whose sentence means match targets.

A sentence's vector is, as roleplay.nlp.encoder computes it, the sum of its content word pieces'
rows, normalised. Given the pieces of each sentence and a unit target vector per sentence, the
table is moved from its starting rows to lower the mean cosine loss 1 - cos(sentence, target)
plus a ridge pull of every row toward its starting row (so pieces seen rarely or never stay
where the per-token distillation put them). Full-batch Adam; the sentence sums and their
gradient are products with a sparse (sentences x vocabulary) count matrix (scipy, build time
only: imported where the matrix is made, so the rest of the scripts import without it).
Deterministic.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse


@dataclass(frozen=True)
class Pieces:
    """Sentences as one flat array of word-piece ids with each sentence's start."""

    flat: np.ndarray  # (tokens,) intp
    starts: np.ndarray  # (sentences,) intp, strictly increasing (no empty sentence)

    @staticmethod
    def of(ids: list[list[int]]) -> Pieces:
        lengths = np.array([len(row) for row in ids], dtype=np.intp)
        if (lengths == 0).any():
            raise ValueError("a sentence without content word pieces")
        flat = np.fromiter((i for row in ids for i in row), dtype=np.intp, count=int(lengths.sum()))
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.intp)
        return Pieces(flat, starts)

    def counts(self, vocabulary: int) -> sparse.csr_matrix:
        """(sentences, vocabulary) float32: how often each piece occurs in each sentence."""
        from scipy import sparse  # build time only

        lengths = np.diff(np.append(self.starts, len(self.flat)))
        rows = np.repeat(np.arange(len(self.starts)), lengths)
        ones = np.ones(len(self.flat), dtype=np.float32)
        shape = (len(self.starts), vocabulary)
        return sparse.csr_matrix((ones, (rows, self.flat)), shape=shape)


def sentence_vectors(table: np.ndarray, pieces: Pieces) -> np.ndarray:
    sums = np.add.reduceat(table[pieces.flat], pieces.starts, axis=0)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)


def mean_cosine(table: np.ndarray, pieces: Pieces, targets: np.ndarray) -> float:
    return float(np.einsum("ij,ij->i", sentence_vectors(table, pieces), targets).mean())


def fit(
    start: np.ndarray,
    pieces: Pieces,
    targets: np.ndarray,
    ridge: float,
    steps: int,
    rate: float,
    check: tuple[Pieces, np.ndarray] | None = None,
) -> np.ndarray:
    """The fitted table (float32, start's shape). `ridge` weighs sum ||row - start row||^2 against
    the mean cosine loss; `rate` is Adam's step in units of the mean row norm."""
    start = start.astype(np.float32)
    table = start.copy()
    step = np.float32(rate * float(np.linalg.norm(start, axis=1).mean()))
    counts = pieces.counts(len(start))
    used = np.unique(pieces.flat)
    counts_t = counts.T.tocsr()[used]
    moment = np.zeros((len(used), start.shape[1]), dtype=np.float32)
    square = np.zeros_like(moment)
    n = len(pieces.starts)
    for t in range(1, steps + 1):
        sums = counts @ table
        norms = np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        unit = sums / norms
        agree = np.einsum("ij,ij->i", unit, targets)[:, None]
        grad_sums = -(targets - agree * unit) / norms / n
        grad = counts_t @ grad_sums
        grad += 2.0 * ridge * (table[used] - start[used])
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad * grad
        corrected = (moment / (1 - 0.9**t)) / (np.sqrt(square / (1 - 0.999**t)) + 1e-12)
        table[used] -= step * corrected
        if t % 25 == 0 or t == steps:
            line = f"  step {t}: train cos {float(agree.mean()):.4f}"
            if check is not None:
                line += f", held-out cos {mean_cosine(table, *check):.4f}"
            print(line, file=sys.stderr)
    return table
