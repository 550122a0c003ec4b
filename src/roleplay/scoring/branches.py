"""A top-level alternation searched branch by branch, each branch only on text holding one of
the words it needs (needles.py).

`re` tries an alternation's branches in order at each position of the text, so a search for
the whole pattern finds the leftmost position where any branch matches and, there, the first
branch that does. Searching each branch alone and keeping the leftmost match (the earlier
branch on a tie) finds the same match. A branch none of whose needles is in the text cannot
match, so it is not searched: in a long list of unrelated phrasings (a put-down, a request)
most branches are skipped for most sentences, where one needle of any branch sends the whole
alternation over every position of the text.
"""

from __future__ import annotations

import re

from roleplay.scoring.needles import needles


def top_level(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as source text (`a|(?:b|c)` -> `a`, `(?:b|c)`)."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the end of the class
            i += (
                2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
            )
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class Branches:
    """`search(text)` of an alternation, branch by branch (see the module docstring)."""

    __slots__ = ("_compiled", "_index", "_always")

    def __init__(
        self,
        compiled: tuple[re.Pattern[str], ...],
        index: tuple[tuple[str, tuple[int, ...]], ...],
        always: tuple[int, ...],
    ) -> None:
        self._compiled = compiled
        self._index = index  # each needle, with the branches that need it
        self._always = always  # branches that need no word in particular

    def search(self, text: str) -> re.Match[str] | None:
        chosen = set(self._always)
        for needle, ids in self._index:
            if needle in text:
                chosen.update(ids)
        best: re.Match[str] | None = None
        for i in sorted(chosen):
            found = self._compiled[i].search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if not best.start():
                    break  # nothing starts further left, and a tie goes to this branch
        return best


def branches(pattern: str, flags: int = 0) -> Branches:
    """`pattern` split into its top-level branches; ValueError when it has fewer than two, or
    capturing groups (a branch alone numbers its groups differently)."""
    if re.compile(pattern, flags).groups:
        raise ValueError(f"pattern has capturing groups: {pattern[:40]!r}")
    if re.match(r"\(\?[a-zA-Z]", pattern):
        raise ValueError(f"pattern opens on inline flags: {pattern[:40]!r}")
    parts = top_level(pattern)
    if len(parts) < 2:
        raise ValueError(f"pattern is no alternation: {pattern[:40]!r}")
    compiled = tuple(re.compile(part, flags) for part in parts)
    by_needle: dict[str, list[int]] = {}
    always: list[int] = []
    for i, part in enumerate(parts):
        found = needles(part, flags)
        if found is None:
            always.append(i)
        else:
            for needle in found:
                by_needle.setdefault(needle, []).append(i)
    index = tuple((needle, tuple(ids)) for needle, ids in sorted(by_needle.items()))
    return Branches(compiled, index, tuple(always))
