"""The sentence encoder: all-MiniLM-L6-v2 distilled to a static embedding table.

A sentence's vector is the mean of its WordPiece tokens' rows (frequency-weighted at build time),
L2-normalised. It needs numpy and `tokenizers` only, is deterministic, loads in well under a
second and encodes a sentence in tens of microseconds; the price is that word order is ignored
(see docs/scoring.md for the measurements that chose it over running the transformer).

`get_encoder()` loads it once per process, on first use, under a lock; `warm_up_in_background()`
starts that load on a daemon thread so a front end can paint before the weights are read.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from tokenizers import Tokenizer

from .artefact import ArtefactError, load_artefact

# WordPiece ids below this are [PAD], [unusedN], [UNK], [CLS], [SEP] and [MASK]: never content.
FIRST_CONTENT_ID = 999
SMALL_BATCH = 32


class Encoder(Protocol):
    """Turns texts into unit vectors whose dot product measures closeness of meaning."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 array (len(texts), dim); each row has norm 1, or is all zeros for a text with
        no known word piece (empty, punctuation or symbols only). Same input, same output."""
        ...


EncoderError = ArtefactError


class StaticEncoder:
    """Mean of per-token rows of a distilled table; see the module docstring."""

    name = "minilm-l6-static-256"

    def __init__(self, table: np.ndarray, tokenizer: Tokenizer) -> None:
        self._table = table
        self.dim = int(table.shape[1])
        self._tokenizer = tokenizer
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Content word-piece ids of each text (specials and unknown pieces dropped)."""
        if len(texts) <= SMALL_BATCH:  # the batch call's thread pool costs more than it saves
            encodings = [self._tokenizer.encode(t, add_special_tokens=False) for t in texts]
        else:
            encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [[i for i in e.ids if i >= FIRST_CONTENT_ID] for e in encodings]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts)
        lengths = np.array([len(row) for row in ids], dtype=np.int64)
        filled = np.flatnonzero(lengths)
        if filled.size == 0:
            return out
        flat = np.array([i for row in ids for i in row], dtype=np.int64)
        starts = np.zeros(filled.size, dtype=np.int64)
        np.cumsum(lengths[filled][:-1], out=starts[1:])
        sums = np.add.reduceat(self._table[flat], starts, axis=0, dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[filled] = sums / np.maximum(norms, 1e-12)
        return out


_lock = threading.Lock()
_encoder: StaticEncoder | None = None
_warm_thread: threading.Thread | None = None


def _load() -> StaticEncoder:
    artefact = load_artefact()
    return StaticEncoder(artefact.table, Tokenizer.from_str(artefact.tokenizer_json))


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on the first call (thread-safe; later calls are cheap).

    Raises `EncoderError` (a `RoleplayError` with a code) if the package data is missing or does
    not match its pinned sha256.
    """
    global _encoder
    encoder = _encoder
    if encoder is not None:
        return encoder
    with _lock:
        if _encoder is None:
            _encoder = _load()
        return _encoder


def encoder_loaded() -> bool:
    """True once the weights are in memory (get_encoder() will not block)."""
    return _encoder is not None


def _warm() -> None:
    try:
        get_encoder()
    except EncoderError:
        pass  # the first real use raises it again, where a front end can report it


def warm_up_in_background() -> None:
    """Start loading the encoder on a daemon thread; calling it again does nothing."""
    global _warm_thread
    with _lock:
        if _encoder is not None or _warm_thread is not None:
            return
        _warm_thread = threading.Thread(target=_warm, name="roleplay-encoder-warm-up", daemon=True)
        _warm_thread.start()
