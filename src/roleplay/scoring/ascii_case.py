"""Case-insensitive patterns that run case-sensitively on lower-cased ASCII text.

Python's `re.IGNORECASE` turns off the engine's fast scan for a pattern's possible first
characters, so a pattern opening on a word list (`\\b(?:if|unless|in return ...)`) is several
times slower with it. For ASCII text the same matches come from the pattern compiled without
the flag, run on the lower-cased text (same length, so every position is the same); text with
any other character takes the flagged pattern, unchanged. On ASCII text the words every match
must hold (needles.py) are looked for first. A pattern whose letters are not all lower case
outside escapes (`[A-Z]`, `\\W` is fine) cannot be lowered and is refused.
"""

from __future__ import annotations

import re

from roleplay.scoring.needles import may_match, needles

_ESCAPE = re.compile(r"\\.")
_NO_TEXT = object()  # what no text is: nothing remembered yet
_UPPER = re.compile(r"[A-Z]")


class CaselessPattern:
    """`search` / `match` / `fullmatch` like an `re.IGNORECASE` pattern's. A match found on
    ASCII text is a match on its lower-cased copy: positions are the text's, `group()` is lower
    case (callers here only test for a match or read positions)."""

    __slots__ = ("pattern", "_flagged", "_lowered", "_needles", "_last")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _UPPER.search(_ESCAPE.sub("", pattern)):
            raise ValueError(f"pattern has upper-case letters: {pattern[:40]!r}")
        self.pattern = pattern
        self._flagged = re.compile(pattern, flags | re.IGNORECASE)
        self._lowered = re.compile(pattern, flags & ~re.IGNORECASE)
        self._needles = needles(pattern, flags & ~re.IGNORECASE)
        self._last: tuple[object, re.Match[str] | None] = (_NO_TEXT, None)

    def search(self, text: str) -> re.Match[str] | None:
        last = self._last  # one tuple, read and written whole: safe across threads
        if text is last[0]:
            return last[1]  # the same sentence asked again by another rule (see _REMEMBERED)
        if text.isascii():
            lower = text.lower()
            needles = self._needles
            found = None
            if needles is None:
                found = self._lowered.search(lower)
            else:
                for needle in needles:  # may_match, written out: this is the hottest path
                    if needle in lower:
                        found = self._lowered.search(lower)
                        break
        else:
            found = self._flagged.search(text)
        if len(text) <= _REMEMBERED:
            self._last = (text, found)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            lower = text.lower()
            return self._lowered.match(lower) if may_match(self._needles, lower) else None
        return self._flagged.match(text)


# The rules ask many patterns about one sentence in a row, so each pattern keeps its last
# answer, for texts up to _REMEMBERED characters (no long reply is held on to). Kept by identity
# (`is`): a text is immutable, so the same object has the same answer.
_REMEMBERED = 2000


def caseless(pattern: str, flags: int = 0) -> CaselessPattern:
    """A case-insensitive pattern (see the module docstring)."""
    return CaselessPattern(pattern, flags)
