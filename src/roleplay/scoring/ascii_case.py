"""Case-insensitive patterns that run case-sensitively on lower-cased ASCII text.

Python's `re.IGNORECASE` turns off the engine's fast scan for a pattern's possible first
characters, so a pattern opening on a word list (`\\b(?:if|unless|in return ...)`) is several
times slower with it. For ASCII text the same matches come from the pattern compiled without
the flag, run on the lower-cased text (same length, so every position is the same). So does
text whose other characters have no case (an emoji, a curly quote, a dash: `c.lower()` and
`c.upper()` are `c` itself), since the flag changes nothing for them and lower-casing leaves
them as they are; text with any other character (an accented letter, the Kelvin sign) takes the
flagged pattern, unchanged. On such lower-cased text the words every match must hold
(needles.py) are looked for first. A long alternation whose branches need different words can
be searched branch by branch (`by_branch=True`): only the branches whose words are in the text
run, and the leftmost match wins, the earlier branch on a tie, which is what the whole
alternation finds. A pattern whose letters are not all lower case
outside escapes and named groups (`[A-Z]`; `\\W` and `(?P<lead>...)` are fine) cannot be lowered
and is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from roleplay.scoring.branches import branches
from roleplay.scoring.needles import may_match, needles
from roleplay.scoring.text import caseless_beyond_ascii

_ESCAPE = re.compile(r"\\.|\(\?P[<=]")  # escapes, and the P of a named group
_UPPER = re.compile(r"[A-Z]")
_UNASKED = object()  # what answers.get gives for a text not asked yet


class CaselessPattern:
    """`search` / `match` / `finditer` like an `re.IGNORECASE` pattern's. A match found on
    ASCII text is a match on its lower-cased copy: positions are the text's, `group()` is lower
    case (callers here only test for a match or read positions)."""

    __slots__ = ("pattern", "_flagged", "_lowered", "_needles", "_answers", "_branches")

    def __init__(self, pattern: str, flags: int = 0, by_branch: bool = False) -> None:
        if _UPPER.search(_ESCAPE.sub("", pattern)):
            raise ValueError(f"pattern has upper-case letters: {pattern[:40]!r}")
        self.pattern = pattern
        self._flagged = re.compile(pattern, flags | re.IGNORECASE)
        self._lowered = re.compile(pattern, flags & ~re.IGNORECASE)
        self._needles = needles(pattern, flags & ~re.IGNORECASE)
        # text -> its search result, for the texts asked lately (see _REMEMBERED)
        self._answers: dict[str, re.Match[str] | None] = {}
        self._branches = branches(pattern, flags & ~re.IGNORECASE) if by_branch else None

    def search(self, text: str) -> re.Match[str] | None:
        answers = self._answers
        known = answers.get(text, _UNASKED)
        if known is not _UNASKED:
            return known  # type: ignore[return-value]  # the same sentence asked again
        found: re.Match[str] | None = None
        last = _last_lowered  # _lowered's own first test, written out: the rules ask one
        lower = last[1] if last[0] is text else _lowered(text)  # sentence of many patterns
        if lower is not None:
            needles = self._needles
            if self._branches is not None:
                found = self._branches.search(lower)
            elif needles is None:
                found = self._lowered.search(lower)
            else:
                for needle in needles:  # may_match, written out: this is the hottest path
                    if needle in lower:
                        found = self._lowered.search(lower)
                        break
        else:
            found = self._flagged.search(text)
        if len(text) <= _REMEMBERED:
            if len(answers) >= _TEXTS_REMEMBERED:
                answers.clear()
            answers[text] = found
        return found

    def match(self, text: str) -> re.Match[str] | None:
        lower = _lowered(text)
        if lower is not None:
            return self._lowered.match(lower) if may_match(self._needles, lower) else None
        return self._flagged.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, as the flagged pattern's `finditer` finds them: on ASCII text they are
        found in its lower-cased copy (read their text from `text` by position), and none is
        looked for when the text holds none of the pattern's words."""
        lower = _lowered(text)
        if lower is None:
            return self._flagged.finditer(text)
        if not may_match(self._needles, lower):
            return iter(())
        return self._lowered.finditer(lower)


# The rules ask many patterns about each sentence of a reply, and several rules ask the same
# pattern about the same sentence (a commitment, "I", "you"), so each pattern keeps its answers
# for the last _TEXTS_REMEMBERED texts of up to _REMEMBERED characters (no long reply is held
# on to). A search depends on nothing but the text, so a text asked again has the same answer.
_REMEMBERED = 2000
_TEXTS_REMEMBERED = 16
# The last text asked about, and what _lowered gave for it: the rules ask one sentence of many
# patterns in a row. One tuple, read and written whole: safe across threads.
_last_lowered: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """`text.lower()` when the unflagged pattern may run on it (ASCII text, or text whose other
    characters have no case), else None; kept for the next pattern that asks about the text."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    # a letter with a case outside ASCII: the flagged pattern decides
    lower = text.lower() if caseless_beyond_ascii(text) else None
    _last_lowered = (text, lower)
    return lower


def caseless(pattern: str, flags: int = 0, by_branch: bool = False) -> CaselessPattern:
    """A case-insensitive pattern (see the module docstring); `by_branch`: search a top-level
    alternation branch by branch, each only on text holding its words."""
    return CaselessPattern(pattern, flags, by_branch)
