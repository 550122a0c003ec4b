"""Where a regular expression's matches can start: the literal words every match opens on.

A pattern that opens on a look-behind or a word boundary (`(?<![a-z0-9'])(?:you ...|one ...)`)
gives the engine no first character to skip ahead to, so `finditer` tries the whole pattern at
every position of the text. `openings(pattern)` reads the pattern's syntax tree and returns a
small pattern for the plain characters every match starts with (after its zero-width
assertions: `you`, `one`, `a\\s`), or None when some branch does not pin them down. That one
opens on a letter, so the engine skips through the text to its occurrences; `finditer` then
tries the whole pattern only there, from the end of the last match on, which finds the same
matches as the pattern's own `finditer` (tests/scoring/test_openings.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# a pattern's syntax tree as the standard library reads it, parsed as needles.py parses it
from .needles import _c, parsed


def openings(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern that finds, at least, every position where a match of `pattern` can start."""
    tree = parsed(pattern, flags)
    if tree is None:
        return None
    found = _opening(tree)
    if not found:
        return None
    return re.compile("|".join(sorted(found, key=lambda f: (-len(f), f))), flags)


def _is_space_class(op: Any, av: Any) -> bool:
    return op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def _opening(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Regex fragments one of which every match of the sequence `items` opens on."""
    for i, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the match has not started consuming yet
        if op is _c.LITERAL:
            run = []
            j = i
            while j < len(items) and items[j][0] is _c.LITERAL:
                run.append(chr(items[j][1]))
                j += 1
            fragment = re.escape("".join(run))
            if j < len(items):  # "a\s+single": the space after a short word narrows it down
                nop, nav = items[j]
                if _is_space_class(nop, nav) or (
                    nop is _c.MAX_REPEAT and nav[0] >= 1 and _space_only(nav[2])
                ):
                    fragment += r"\s"
            return {fragment}
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            return _opening(list(sub))
        if op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                found = _opening(list(alternative))
                if not found:
                    return None
                union |= found
            return union
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            return _opening(list(av[2]))
        return None  # a class, a back-reference, an optional part...: not pinned down
    return None  # nothing consumed at all


def _space_only(sub: Any) -> bool:
    items = list(sub)
    return len(items) == 1 and _is_space_class(*items[0])


def finditer(
    pattern: re.Pattern[str], opening: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only where `opening` (its `openings`, or
    None for the plain way) is found."""
    if opening is None:
        yield from pattern.finditer(text)
        return
    end = 0
    position = 0
    while (found := opening.search(text, position)) is not None:
        start = found.start()
        position = start + 1
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:  # never empty: every match opens on an opening's characters
            yield match
            end = position = match.end()
