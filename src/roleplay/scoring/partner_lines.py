"""What the rules read in the partner's line alone, kept for the replies to that line.

Every reply to one scenario state answers the same partner line, so what a rule reads in that
line by itself (does it ask for something, complain, name a critic; its content words) is worked
out once per line and kept for the `PARTNER_LINES_KEPT` most recent lines: an LRU keyed on the
line's text. Such a reading depends on the text alone, so a kept answer is the answer; the
readings are immutable (bools, frozensets), so no caller can change what another one reads.
`forget_partner_lines()` empties every store (benchmarks that count a cold line use it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

PARTNER_LINES_KEPT = 64  # partner lines whose readings are kept (least recently used go first)

T = TypeVar("T")
_clearers: list[Callable[[], None]] = []


def per_partner_line(read: Callable[[str], T]) -> Callable[[str], T]:
    """`read` (a function of the partner line's text alone) with its answers kept per line."""
    kept = lru_cache(maxsize=PARTNER_LINES_KEPT)(read)
    _clearers.append(kept.cache_clear)
    return kept


def on_forget(clear: Callable[[], None]) -> None:
    """Register another per-line store, emptied by `forget_partner_lines()`."""
    _clearers.append(clear)


def forget_partner_lines() -> None:
    """Empty every per-partner-line store."""
    for clear in _clearers:
        clear()
