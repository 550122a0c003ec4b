"""Sets of whole numbers as bit masks, for reasoning about what a condition can ever see.

Scores and meters are whole numbers in 0-100 and turns are 1..max_turns, so "every value a
condition could meet" is a small set. Bit ``v`` of a mask is set when value ``v`` is possible.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from .model import Comparison

SCORE_MAX = 100
METER_MAX = 100


def span(lo: int, hi: int) -> int:
    """The mask of lo..hi inclusive (empty when hi < lo)."""
    if hi < lo:
        return 0
    return ((1 << (hi - lo + 1)) - 1) << lo


def single(value: int) -> int:
    return 1 << value


def values(mask: int) -> Iterator[int]:
    v = 0
    while mask:
        if mask & 1:
            yield v
        mask >>= 1
        v += 1


def lowest(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


def highest(mask: int) -> int:
    return mask.bit_length() - 1


def where(comparison: Comparison, lo: int, hi: int) -> int:
    """The values in lo..hi for which the comparison holds."""
    out = 0
    for v in range(lo, hi + 1):
        if comparison.holds(v):
            out |= 1 << v
    return out


def shift_clamped(mask: int, delta: int, lo: int = 0, hi: int = METER_MAX) -> int:
    """Every value moved by ``delta`` and clamped to lo..hi, as meter effects do."""
    out = 0
    for v in values(mask):
        out |= 1 << max(lo, min(hi, v + delta))
    return out


def describe(mask: int) -> str:
    """A short human description: '60', '40-75', '35 or 40' or 'between 5 and 90'."""
    if not mask:
        return "nothing"
    lo, hi = lowest(mask), highest(mask)
    if lo == hi:
        return str(lo)
    if mask == span(lo, hi):
        return f"{lo}-{hi}"
    listed = [str(v) for v in values(mask)]
    if len(listed) <= 4:
        return ", ".join(listed[:-1]) + " or " + listed[-1]
    return f"between {lo} and {hi}"


@functools.lru_cache(maxsize=4096)
def overall_values(listening: int, empathy: int, collaboration: int) -> int:
    """The overall scores possible when the three dimensions range over the given masks.

    The scorer's overall is ``round((listening + empathy + collaboration) / 3)``. Kept per
    masks: a big scenario asks the same few combinations for thousands of transitions.
    """
    pair = 0
    for v in values(listening):
        pair |= empathy << v
    total = 0
    for v in values(collaboration):
        total |= pair << v
    out = 0
    for s in values(total):
        out |= 1 << round(s / 3)
    return out
