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
        out = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        missing: list[str] = []
        with self._lock:
            for index, text in enumerate(texts):
                row = self._rows.get(text)
                if row is None:
                    missing.append(text)
                else:
                    self._rows.move_to_end(text)
                    out[index] = row
        if missing:
            unique = list(dict.fromkeys(missing))
            fresh = dict(zip(unique, self.encoder.encode(unique), strict=True))
            with self._lock:
                for text, row in fresh.items():
                    self._rows[text] = row
                    self._rows.move_to_end(text)
                while len(self._rows) > self.maxsize:
                    self._rows.popitem(last=False)
            for index, text in enumerate(texts):
                if text in fresh:
                    out[index] = fresh[text]
        return out

    def __len__(self) -> int:
        return len(self._rows)


@lru_cache(maxsize=1)
def shared_cache() -> EncodingCache:
    """The process-wide cache around `get_encoder()` (loads the encoder on first call)."""
    return EncodingCache(get_encoder())
