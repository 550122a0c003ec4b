"""Required words of a regular expression: a cheap test that a text cannot match it.

`needles(pattern)` reads the pattern's syntax tree and returns strings of which every match
holds at least one (the longest run of plain characters in each alternative's mandatory part),
or None when the pattern does not pin one down (an alternative that is all optional, a
character class, a back-reference). A text containing none of them has no match, so the regex
need not run: `"obviously" not in text` is far cheaper than scanning a long alternation that
opens on a look-behind at every position. Only for patterns compiled without re.IGNORECASE
(the needles are the pattern's own characters); `CaselessPattern` runs them on lower-cased
ASCII text.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any
_c: Any
try:  # the standard library's own parser of regular expressions (Python 3.11+)
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: no needles, every pattern runs
    _parser = None

Needles = tuple[str, ...]


def parsed(pattern: str, flags: int = 0) -> list[tuple[Any, Any]] | None:
    """The syntax tree of a case-sensitive `pattern` as the standard library reads it, or None
    (a caseless pattern, a pattern it cannot parse, or another Python)."""
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        return list(_parser.parse(pattern, flags))
    except re.error:
        return None


def needles(pattern: str, flags: int = 0) -> Needles | None:
    """Strings one of which every match of `pattern` contains, or None (see the module)."""
    tree = parsed(pattern, flags)
    if tree is None:
        return None
    found = _sequence(tree)
    if not found or any(len(n) == 1 and n.isalnum() for n in found):
        return None  # a single letter or digit is in nearly every text: no use as a gate
    return tuple(sorted(found))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two needle sets: longer shortest needle, then fewer needles."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Needles of a sequence: every item of it is in every match, so the best item's needles
    (a run of literal characters counts as one item)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is _c.SUBPATTERN:
            group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                continue  # inline flags change what a character matches
            best = _better(best, _sequence(list(sub)))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                found = _sequence(list(alternative))
                if found is None:
                    break
                union |= found
            else:
                best = _better(best, frozenset(union))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, sub = arg
            if low >= 1:
                best = _better(best, _sequence(list(sub)))
        # anything else (classes, anchors, look-arounds, ...) pins no characters down
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def may_match(found: Needles | None, text: str) -> bool:
    """False only when `text` holds none of the needles (so the pattern cannot match it)."""
    if found is None:
        return True
    for needle in found:
        if needle in text:
            return True
    return False
