"""Which words a pattern cannot match without: a gate that skips a reading before it runs.

Most readings of a part of a reply (:mod:`.intent_reply_moods`) look for a few words, and most
parts hold none of them, so the reading's patterns are searched and fail. Each such search
touches the pattern's compiled code, and right after scoring little of it is in the processor's
caches. A part's words are read once (:func:`words_of`: the runs of letters a-z of the lowered
text), and a reading whose gate (:func:`required_words`) shares no word with them is skipped:
its patterns could not have matched, so the answer is the same.

:func:`required_words` reads the words off the pattern itself (Python's own parse of it), so
the gate follows the pattern when the pattern is changed: a run of letters that every match
holds, with no letter allowed on either side (a word boundary, a space or other non-letter,
the start or end of the text), is a word the text's runs of letters hold; alternatives give the
words of each alternative; anything the parse does not tell (a class of letters, a
backreference) gives no gate (None), and the reading always runs. It is exact by construction
and checked in tests/nlp (every reply of the benchmark sets and generated text).

Case: every pattern here matches without regard to case. Python's case-insensitive matching
also matches four characters whose lower case is no ASCII letter ("ſ" as "s", "ı" and "İ" as
"i", the Kelvin sign as "k"); a text that holds one gets ANY_WORD, which shares a word with
every gate, so every reading runs.

A reading is gated as ``not words.isdisjoint(GATE) and reading(text)``: one set operation in C
when the gate shuts. :func:`gate` makes a reading's gate. Reading a pattern fails safe: the
parser is Python's private one (``re._parser``), so if it is missing, changes shape or raises,
or a pattern tells no words, the gate is NO_GATE, which every text's words meet (they always
hold the empty word), and the reading always runs: slower, never different. tests/nlp check
that every gated reading has a real gate on the Python in use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Python's own parser of patterns and its opcodes: private modules of re (typed as Any); when a
# Python has them no more, no pattern is read and every reading runs
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - every Python the project supports has them
    sre = _parser = None

Words = frozenset[str]

_LETTERS = re.compile(r"[a-z]+")
# characters case-insensitive matching takes for an ASCII letter though their lower case is
# not one: a text holding any gets no gate (tests/nlp check this list against every code point)
ODD_CASE = "\u0130\u0131\u017f\u212a"
_ODD = re.compile(f"[{ODD_CASE}]")
# frequent words: a gate of these skips little (chosen against when a pattern offers another)
_COMMON = frozenset(
    "i we you they he she it a an the to of and or but so is are was be s t m d ll re ve "
    "that this for on in at with not no do can will".split()
)


# The gate of a reading whose words cannot be told: every text's words hold the empty word
NO_GATE: Words = frozenset({""})


class _AnyWord(frozenset[str]):
    """The words of a text that cannot be told: it shares a word with every gate."""

    def isdisjoint(self, other: Iterable[object]) -> bool:
        return False


ANY_WORD: Words = _AnyWord()


def words_of(text: str) -> Words:
    """The runs of letters a-z of ``text`` lowered; ANY_WORD when ``text`` holds a character
    that matches a letter only without regard to case (see ODD_CASE): then no gate may skip."""
    if not text.isascii() and _ODD.search(text) is not None:
        return ANY_WORD
    return frozenset(["", *_LETTERS.findall(text.lower())])  # "": meets NO_GATE


def may_match(gate: Words | None, words: Words) -> bool:
    """Whether a pattern (or reading) whose :func:`required_words` is ``gate`` (None: no gate)
    can match a text whose :func:`words_of` is ``words``."""
    return gate is None or not words.isdisjoint(gate)


def gate(words: Words | None) -> Words:
    """``words`` as a reading's gate; NO_GATE (the reading always runs) when None."""
    return NO_GATE if words is None else words


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Words one of which is a run of letters of every text ``pattern`` matches (searched
    anywhere in it); None when the pattern does not tell. ``pattern`` must match without
    regard to case or hold no upper-case letter (texts are lowered before their words are
    read)."""
    if not pattern.flags & re.IGNORECASE and pattern.pattern != pattern.pattern.lower():
        return None  # pragma: no cover - every gated pattern ignores case (tests/nlp)
    if _parser is None:  # pragma: no cover - see the imports
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        return _required(list(tree), False, False)  # a search may start and end anywhere
    except Exception:  # a parse tree of another shape: no gate, the reading always runs
        return None


def either(*gates: Words | None) -> Words | None:
    """The gate of a reading that holds when any of its parts does: all their words (None when
    one of them has no gate)."""
    out: set[str] = set()
    for gate in gates:
        if gate is None:
            return None
        out |= gate
    return frozenset(out)


def both(*gates: Words | None) -> Words | None:
    """The gate of a reading that needs all of its parts: the best of their gates."""
    return _best(g for g in gates if g is not None)


def _best(candidates: Iterable[Words]) -> Words | None:
    """The gate that skips most: no frequent word if it can, then the fewest words."""
    found = sorted(candidates, key=lambda g: (not g.isdisjoint(_COMMON), len(g), sorted(g)))
    return found[0] if found else None


Node = tuple[Any, Any]  # (opcode, argument) of Python's parse of a pattern


def _letter(code: int) -> bool:
    """A character a run of letters (after lowering) may hold or that case-insensitive
    matching may take for one."""
    char = chr(code)
    return ("a" <= char.lower() <= "z") or char in ODD_CASE


def _class_may_hold_letter(items: list[Node]) -> bool:
    for op, av in items:
        if op is sre.LITERAL:
            if _letter(av):
                return True
        elif op is sre.RANGE:
            low, high = av
            if any(_letter(c) for c in range(low, min(high, 0x7F) + 1)) or any(
                low <= ord(c) <= high for c in ODD_CASE
            ):
                return True
        elif op is sre.CATEGORY:
            if av not in (
                sre.CATEGORY_DIGIT,
                sre.CATEGORY_SPACE,
                sre.CATEGORY_NOT_WORD,
                sre.CATEGORY_LINEBREAK,
            ):
                return True
        else:  # NEGATE, NOT_LITERAL, ...: anything
            return True
    return False


def _edge(node: Node, start: bool) -> tuple[bool, bool]:
    """(no letter at that edge when it consumes anything, it may consume nothing) of one node:
    ``start`` its first character, else its last."""
    op, av = node
    if op is sre.LITERAL:
        return not _letter(av), False
    if op is sre.IN:
        return not _class_may_hold_letter(av), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True, True  # consumes nothing
    if op is sre.BRANCH:
        edges = [_seq_edge(list(alt), start) for alt in av[1]]
        return all(e[0] for e in edges), any(e[1] for e in edges)
    if op is sre.SUBPATTERN:
        return _seq_edge(list(av[3]), start)
    if op is sre.ATOMIC_GROUP:
        return _seq_edge(list(av), start)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return True, True
        clear, empty = _seq_edge(list(sub), start)
        return clear, empty or low == 0
    return False, False  # ANY, NOT_LITERAL, GROUPREF, ...: may be a letter


def _seq_edge(items: list[Node], start: bool) -> tuple[bool, bool]:
    for node in items if start else reversed(items):
        clear, empty = _edge(node, start)
        if not clear:
            return False, False
        if not empty:
            return True, False
    return True, True


def _clear_before(items: list[Node], i: int, outside: bool) -> bool:
    """Whether no letter comes right before ``items[i]`` (which starts with a letter)."""
    for op, av in reversed(items[:i]):
        if op is sre.AT:
            if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY):
                return True  # the text's start, or a boundary before a letter
            return False
        clear, empty = _edge((op, av), False)
        if not clear:
            return False
        if not empty:
            return True
    return outside


def _clear_after(items: list[Node], i: int, outside: bool) -> bool:
    """Whether no letter comes right after ``items[:i]`` (which ends with a letter)."""
    for op, av in items[i:]:
        if op is sre.AT:
            if av in (sre.AT_END, sre.AT_END_STRING, sre.AT_BOUNDARY):
                return True
            return False
        clear, empty = _edge((op, av), True)
        if not clear:
            return False
        if not empty:
            return True
    return outside


def _required(items: list[Node], before: bool, after: bool) -> Words | None:
    """Required words of a sequence of nodes; ``before``/``after``: no letter comes right
    before/after the sequence."""
    candidates: list[Words] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        # a run of letters, spelt in few ways ("might|may", parsed as "m" and "ight|ay";
        # "auditors?"): every way it can be spelt
        spelt = _spellings(items[i])
        if spelt is not None:
            j = i + 1
            while j < len(items) and (more := _spellings(items[j])) is not None:
                spelt = _joined(spelt, more)
                j += 1
            if (
                spelt is not None
                and "" not in spelt
                and _clear_before(items, i, before)
                and _clear_after(items, j, after)
            ):
                candidates.append(frozenset(spelt))
            i = j
            continue
        left, right = _clear_before(items, i, before), _clear_after(items, i + 1, after)
        found: Words | None = None
        if op is sre.BRANCH:
            found = either(*(_required(list(alt), left, right) for alt in av[1]))
        elif op is sre.SUBPATTERN:
            found = _required(list(av[3]), left, right)
        elif op is sre.ATOMIC_GROUP:
            found = _required(list(av), left, right)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            if low >= 1:
                body = list(sub)
                if high != 1:  # a later round follows an earlier one
                    left = left and _seq_edge(body, False)[0]
                    right = right and _seq_edge(body, True)[0]
                found = _required(body, left, right)
        if found is not None:
            candidates.append(found)
        i += 1
    return _best(candidates)


_MOST_SPELLINGS = 64


def _joined(first: frozenset[str] | None, second: frozenset[str]) -> frozenset[str] | None:
    if first is None or len(first) * len(second) > _MOST_SPELLINGS:
        return None
    return frozenset(a + b for a in first for b in second)


def _spellings(node: Node) -> frozenset[str] | None:
    """Every string of lower-case ASCII letters ``node`` can match (few of them), or None
    when it can match anything else (or too many)."""
    op, av = node
    if op is sre.LITERAL:
        return frozenset([chr(av).lower()]) if _ascii_letter(av) else None
    if op is sre.IN:  # a few letters ("[sz]")
        letters = [c for kind, c in av if kind is sre.LITERAL and _ascii_letter(c)]
        if len(letters) != len(av):
            return None
        return frozenset(chr(c).lower() for c in letters)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            spelt = _sequence_spellings(list(alt))
            if spelt is None:
                return None
            out |= spelt
        return frozenset(out) if len(out) <= _MOST_SPELLINGS else None
    if op is sre.SUBPATTERN:
        return _sequence_spellings(list(av[3]))
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        low, high, sub = av
        if (low, high) == (0, 1):
            spelt = _sequence_spellings(list(sub))
            return None if spelt is None else spelt | {""}
    return None


def _sequence_spellings(items: list[Node]) -> frozenset[str] | None:
    out: frozenset[str] | None = frozenset([""])
    for node in items:
        spelt = _spellings(node)
        if spelt is None:
            return None
        out = _joined(out, spelt)
        if out is None:
            return None
    return out


def _ascii_letter(code: object) -> bool:
    return isinstance(code, int) and "a" <= chr(code).lower() <= "z" and chr(code).isascii()
