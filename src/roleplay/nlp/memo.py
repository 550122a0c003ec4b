"""Readings of a text worked out once: a small cache per reading, keyed by the exact text.

A reply's sentences are read by several steps that ask the same question of the same text:
the scorer asks whether a sentence says no (:func:`.intent_readings.refusal_end`,
:func:`.negation.negator_count`), then intent matching asks it again when it cuts the reply
into parts, reads each part's mood, and looks for a refusal the reply never turns from. Each
such reading is a pure function of its text, so :func:`reading` keeps its last answers
(``MEMO_SIZE`` texts: a reply's sentences and clauses, its partner's line) and the later steps
read them instead of running the patterns again. The answers are the same as without the cache.

:func:`forget_readings` empties every such cache (a benchmark that times a reply as new does,
as it empties the encoding cache).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

MEMO_SIZE = 256  # texts kept per reading: far more than the sentences of one reply

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def reading(function: F) -> F:
    """``function`` (pure: its answer depends on its arguments only, and is never changed by
    a caller) with its last ``MEMO_SIZE`` answers kept."""
    kept = lru_cache(maxsize=MEMO_SIZE)(function)
    _MEMOS.append(kept)
    return kept  # type: ignore[return-value]


def forget_readings() -> None:
    """Empty the cache of every reading (the next call of each works its answer out again)."""
    for kept in _MEMOS:
        kept.cache_clear()
