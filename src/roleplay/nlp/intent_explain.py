"""Explanations of intent decisions: what :meth:`.intents.IntentMatcher.score` reports per intent.

One intent's column of the decision (every part of the reply against it) is summarised into
its best part, the example that part came closest to and, when it did not match, why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .intent_similarity import NO_MATCH, Phrasings

if TYPE_CHECKING:
    from .intents import CompiledIntent

Span = tuple[int, int]


@dataclass(frozen=True)
class IntentScore:
    """How close a reply came to one intent."""

    name: str
    score: float  # best score of a part of the reply (0 when nothing shares its polarity)
    threshold: float
    matched: bool
    span: Span | None  # the part of the reply that scored best
    example: str | None  # the example it was closest to
    blocked: str | None = None  # why a part over the threshold did not count
    support: float = 0.0  # what the reply's other parts added where it won (.intent_support)

    @property
    def margin(self) -> float:
        return self.score - self.threshold


@dataclass(frozen=True)
class Column:
    """One intent against every part of the reply (one entry per part)."""

    score: list[float]
    margin: list[float]  # score minus the threshold for the part's polarity
    rank: list[float]  # margin plus the support of the reply's other parts
    wins: list[bool]  # matched here, and no rival matched this part more clearly
    ok: list[bool]  # over the threshold, above ordinary talk, not a near-miss
    outweighed: list[bool]  # ok, but a clause after a later "but" made a move
    vetoed: list[bool]  # over the threshold but closer to a near-miss
    near: list[float]
    opposite: list[bool]  # only examples of the other polarity came clearly close
    reflected: list[bool]  # a reflection or a story that would have reached it as a statement
    held: list[bool]  # ok but for a refusal before it that the reply never turns from
    nearest: list[int]  # the nearest example of each part
    ordinary: list[bool]  # over the threshold, but ordinary talk came as close
    aside: list[bool]  # held for what it is about (intents._aside), not for a no


CONDITION = (
    "condition: it waits on someone else's yes ('if legal signs it off', 'once "
    "finance agrees') or on a check of the speaker's own with no time promised "
    "('let me look at it first'); it makes no move yet"
)


def summarise(
    intent: CompiledIntent,
    col: Column,
    spans: list[Span],
    parts: Phrasings,
    waiting: Sequence[bool] = (),
    winners: Sequence[Sequence[str]] = (),
    thanking: Sequence[bool] = (),
) -> IntentScore:
    """How close a reply came to one intent, and why a close part did not count. ``waiting``:
    which parts wait on someone else's yes (:func:`.intent_readings.defers`; empty: none);
    ``winners``: the intents each part matched (empty: not known); ``thanking``: which parts
    are a thanks and nothing more (:func:`.intent_reply_moods.thanks_only`; empty: none).

    The part shown is the one the reason is about: a reason found on one part is never shown
    beside another part's score (a part under the threshold anyway, in a reply of several)."""
    waiting = waiting or [False] * len(col.score)
    thanking = thanking or [False] * len(col.score)
    parts_idx = range(len(col.score))
    matched = any(col.wins)
    pool = [p for p in parts_idx if col.wins[p]] if matched else list(parts_idx)
    p = max(pool, key=lambda i: col.margin[i])  # the first of equal margins, as argmax
    blocked = None
    if not matched:
        p, blocked = _why(intent, col, parts, waiting, winners, thanking, p)
    threshold = round(intent.threshold_for(bool(parts.negative[p]), int(parts.mood[p])), 4)
    if col.score[p] <= NO_MATCH:
        # no example of the part's polarity: a negation shows the part it is about
        span = spans[p] if col.opposite[p] and blocked is not None else None
        return IntentScore(intent.spec.name, 0.0, threshold, False, span, None, blocked)
    return IntentScore(
        intent.spec.name,
        round(col.score[p], 4),
        threshold,
        matched,
        spans[p],
        intent.spec.examples[col.nearest[p]],
        blocked,
        round(col.rank[p] - col.margin[p], 4) if matched else 0.0,
    )


def _best(col: Column, flags: Sequence[bool]) -> int:
    """The flagged part with the highest margin (the first of equal margins)."""
    return max((i for i, f in enumerate(flags) if f), key=lambda i: col.margin[i])


def _why(
    intent: CompiledIntent,
    col: Column,
    parts: Phrasings,
    waiting: Sequence[bool],
    winners: Sequence[Sequence[str]],
    thanking: Sequence[bool],
    p: int,
) -> tuple[int, str | None]:
    """Why an intent that matched no part did not: the part the reason is about and the
    reason (``p`` and None when no part came near)."""
    parts_idx = range(len(col.score))
    held = [h and not o for h, o in zip(col.held, col.ok, strict=True)]
    if any(col.outweighed):
        return _best(col, col.outweighed), (
            "outweighed: what follows the 'but' is what the reply stands behind (or the "
            "sentence is read with the 'OK' or 'Fine' before it)"
        )
    if any(col.held) and not any(col.ok):
        q = _best(col, held)
        if col.aside[q] and waiting[q]:  # a condition close to an example, set aside
            return q, CONDITION
        if col.aside[q]:
            return q, (
                "about something else: it makes no move of this intent (small talk about "
                "things this scenario never names, something it never names that is ruled "
                "out, what is not the trouble, the work given free, someone else's words, move or promise, not following, letting off "
                "steam, their position only taken in: 'I hear how firm the board is', or only a "
                "verdict on how things are: 'This is fine.')"
            )
        return q, (
            "refusal: it says no, or comes after a no that the reply never turns from, so it "
            "gives nothing (a concession needs an assent after the no: 'OK', 'fine', 'go "
            "ahead'; a part that only states how things are needs a 'but' to be an offer)"
        )
    if any(col.ok):
        q = _best(col, col.ok)
        rivals = [name for name in (winners[q] if winners else ()) if name != intent.spec.name]
        if rivals:
            return q, f"another intent matched the same words more clearly: {', '.join(rivals)}"
        return q, "another intent matched the same words more clearly"
    if any(col.vetoed):
        q = max((i for i in parts_idx if col.vetoed[i]), key=lambda i: col.near[i])
        sims = np.where(
            intent.near.negative == parts.negative[q],
            intent.near.vectors @ parts.vectors[q],
            -np.inf,
        )
        return q, f"near-miss: closer to '{intent.spec.near_misses[int(np.argmax(sims))]}'"
    if any(col.ordinary):
        return _best(col, col.ordinary), (
            "ordinary talk comes as close: it doesn't clearly make this move"
        )
    if any(col.opposite):
        return _best(col, col.opposite), "negation: it says the opposite of the examples"
    waits = [r and w for r, w in zip(col.reflected, waiting, strict=True)]
    if any(waits):
        return _best(col, waits), CONDITION
    if any(col.reflected):
        q = _best(col, col.reflected)
        if thanking[q]:
            return q, (
                "thanks: it thanks them and makes no move of its own (a thanks with an offer "
                "or an assent in the same sentence is read as that: 'Thanks, I'll take the 27th')"
            )
        return q, (
            "reflection: it restates what they need or feel, weighs what they ask, tells "
            "what happened before or what someone else asked, tells someone else to act, "
            "accuses or asks about nothing ('Why?'); it makes no move"
        )
    return p, None
