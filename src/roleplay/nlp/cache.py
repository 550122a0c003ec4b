"""Encode each text once: a small thread-safe LRU of encoder rows keyed by the exact text.

Scoring and intent matching both need the vectors of a reply's sentences; whichever runs first
fills the cache and the other reads it. `shared_cache()` is the process-wide instance around
`get_encoder()`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .encoder import Encoder, get_encoder

DEFAULT_SIZE = 4096


class EncodingCache:
    """`encode(texts)` like the encoder's, but rows of texts seen recently are reused."""

    def __init__(self, encoder: Encoder, maxsize: int = DEFAULT_SIZE) -> None:
        self.encoder = encoder
        self.maxsize = maxsize
        self._rows: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Rows for `texts`; the array returned is the caller's own (editing it changes no row
        kept here)."""
        rows = self._rows
        with self._lock:
            found = [rows.get(text) for text in texts]
            for text, row in zip(texts, found, strict=True):
                if row is not None:
                    rows.move_to_end(text)
        missing = [t for t, row in zip(texts, found, strict=True) if row is None]
        if not missing:
            if not found:
                return np.zeros((0, self.encoder.dim), dtype=np.float32)
            # np.array copies the rows like np.stack, several times faster for a few rows
            return np.array(found)
        unique = list(dict.fromkeys(missing))
        fresh = self.encoder.encode(unique)
        kept = fresh.copy()  # rows kept here never alias what a caller holds
        with self._lock:
            for text, row in zip(unique, kept, strict=True):
                rows[text] = row
                rows.move_to_end(text)
            while len(rows) > self.maxsize:
                rows.popitem(last=False)
        if len(unique) == len(texts):
            return fresh  # all new and distinct: the encoder's rows, in order
        by_text = dict(zip(unique, fresh, strict=True))
        return np.array(
            [by_text[t] if row is None else row for t, row in zip(texts, found, strict=True)]
        )

    def __len__(self) -> int:
        return len(self._rows)

    def clear(self) -> None:
        """Forget every row kept."""
        with self._lock:
            self._rows.clear()


@lru_cache(maxsize=1)
def shared_cache() -> EncodingCache:
    """The process-wide cache around `get_encoder()` (loads the encoder on first call)."""
    return EncodingCache(get_encoder())
