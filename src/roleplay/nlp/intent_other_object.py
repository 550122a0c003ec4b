"""A move on another object, with the intent's object named as the one left out (issue 12).

"We'll skip the demo rehearsal, not the code review." skips something, and the encoder hears
"skip" and "review": it met `skip_review`. But the reply names the review only to keep it out
of the move: the move is on the rehearsal. The same with "instead of" and "rather than" ("Let's
cut the offsite budget instead of the launch", "Move the retro rather than the release").

:func:`excluded` finds such a part: a clause followed by a verbless "..., not B" aside (the
aside is a part of its own, :func:`.negation.aside_spans`), or a clause "A instead of / rather
than B". The part is set aside from an intent when what it leaves out names the intent's object
and what it does not: a content word of B (by a crude stem, :func:`.intent_relevance.stem`) is
one that at least two of the intent's examples use (:func:`key_words`: "review" in
`skip_review`'s examples), and A names no such word. A move that names the object itself is
read as usual ("Skip the review of the docs, not the code review" still skips a review), and
so is an aside that names nothing of the intent's ("Skip the review, not the release"), one
that leaves out a whole ("a small pilot the reps can try, not the whole product": a piece of
the same thing), and an intent one of whose examples is itself such a swap ("three months of
premium support instead of more discount").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .intent_relevance import content_words, stem
from .memo import reading

# "A instead of B", "A rather than B", "A and not B": the second is what the move leaves out
_INSTEAD = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than|and\s+not)\s+", re.IGNORECASE)
_ASIDE = re.compile(r"\W*not\s+", re.IGNORECASE)  # the aside's opening, as cut
_LEFT_OUT = re.compile(r",\s+not\s+", re.IGNORECASE)  # an aside in an example
_ENDS = (".", "!", "?", ";", ":")  # what ends the clause of either side
KEY_EXAMPLES = 2  # a word this many examples of an intent use names its object
# what leaves out a whole: the part kept is a piece of it ("a small pilot, not the whole
# product"), the same object
_WHOLE = re.compile(r"\b(?:whole|entire|full|all|everything|complete|total)\b", re.IGNORECASE)


def may_exclude(lowered: str) -> bool:
    """The cheap first check on a lowered reply: it may hold such a part."""
    return "not " in lowered or "instead of" in lowered or "rather than" in lowered


def key_words(examples: Sequence[str]) -> frozenset[str]:
    """The stems that at least KEY_EXAMPLES of an intent's examples use: what it is about;
    none for an intent one of whose examples itself leaves something out ("three months of
    support instead of more discount"): such an intent is a swap, and a swap may meet it."""
    if any(_INSTEAD.search(e) or _LEFT_OUT.search(e) for e in examples):
        return frozenset()
    counts = Counter(s for e in examples for s in {stem(w) for w in content_words(e)})
    return frozenset(s for s, n in counts.items() if n >= KEY_EXAMPLES)


@reading
def _split(part: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """A part "A instead of B": the stems of A and of B (None: no such part)."""
    found = _INSTEAD.search(part)
    if found is None or _WHOLE.search(part, found.end()):
        return None
    # A: the clause it opens in; B: up to the end of its clause (a part may be a pair of
    # sentences: "... instead of from us is on us. I'm sorry." leaves out no apology)
    start = max(part.rfind(mark, 0, found.start()) for mark in _ENDS) + 1
    end = min((i for i in (part.find(m, found.end()) for m in _ENDS) if i >= 0), default=len(part))
    left = frozenset(stem(w) for w in content_words(part[start : found.start()]))
    right = frozenset(stem(w) for w in content_words(part[found.end() : end]))
    return (left, right) if left and right else None


def excluded(
    text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, frozenset[str], frozenset[str]]]:
    """The parts of ``text`` that make a move and name what it leaves out: (the part's index,
    the stems it names, the stems of what it leaves out)."""
    out: list[tuple[int, frozenset[str], frozenset[str]]] = []
    for k, (a, b) in enumerate(spans):
        split = _split(text[a:b])
        if split is not None:
            out.append((k, *split))
            continue
        # the aside right after it (after a pair of parts that ends there too)
        aside = next(
            (
                (x, y)
                for x, y in spans
                if x >= b and text[b:x].strip() in (",", "") and _ASIDE.match(text, x)
            ),
            None,
        )
        if aside is not None and not _WHOLE.search(text, aside[0], aside[1]):
            left = frozenset(stem(w) for w in content_words(text[a:b]))
            right = frozenset(stem(w) for w in content_words(text[aside[0] : aside[1]]))
            if left and right:
                out.append((k, left, right))
    return out


def other_object(named: frozenset[str], left_out: frozenset[str], key: frozenset[str]) -> bool:
    """A part that names ``named`` and leaves out ``left_out`` is about another object than an
    intent whose key words are ``key``."""
    return bool(left_out & key) and not named & key
