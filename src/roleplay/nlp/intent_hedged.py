"""A promise with no time and no will behind it is no commitment (issue 12).

"I might get round to calling the trainer next week.", "I'll sort it one of these days.",
"I'll look into it when I get a chance.", "If I have time, I'll check the figures.": the
speaker names a step but leaves it to chance. Read as sentences, such parts are the speaker
acting ("I'll ...") and met commitments, offers and caves: "I'll sort it one of these days."
met an intent in 24 readable sets, "I might get round to calling the trainer next week." a
warehouse's `commit_follow_up`.

A part that holds such a hedge ("get round / around to", "one of these days", "when I get a
chance / a minute", "if I have / get / find (the) time", "if I remember", "when things calm
down") is set aside from every intent none of whose examples hedges so.

Not read so: a time that binds ("I'll call the trainer on Monday"), a condition on them or on
a thing ("I'll check the figures if you send them", "once the launch is out": read as
before), the hedge in a clause of its own after the move ("I'll refund it today; the rest
when I get a chance": the move stands in its own clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .memo import reading

_HEDGE = re.compile(
    r"\b(?:get(?:ting)?\s+(?:a)?round\s+to"
    r"|one\s+of\s+these\s+days"
    r"|when(?:ever)?\s+(?:i|we)\s+(?:get|have|find)\s+(?:a\s+)?(?:chance|minute|moment|sec"
    r"|second|spare\s+moment|spare\s+minute|bit\s+of\s+time)"
    r"|if\s+(?:i|we)\s+(?:get|have|find)\s+(?:the\s+|some\s+)?time"
    r"|if\s+(?:i|we)\s+remember"
    r"|when\s+things\s+(?:calm|quiet(?:en)?|settle)\s+down"
    r"|(?:sometime|some\s+time)\s+(?:or\s+other|eventually)"
    r"|if\s+(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+not\s+too\s+busy)\b",
    re.IGNORECASE,
)
# a move before the hedge, in a clause of its own
_BEFORE = re.compile(r"[;:—–]|\s-+\s|\bbut\b", re.IGNORECASE)
# what every hedge holds (checked first on the whole reply, in lower case): one search
_FOUND = re.compile(
    r"round\s+to|these\s+days|(?:get|have|find)\s+(?:a\s+|the\s+|some\s+)?(?:chance|minute|moment"
    r"|sec|spare|bit\s+of\s+time|time)|remember|(?:calm|quiet|quieten|settle)\s+down"
    r"|some\s*time\s+(?:or|eventually)|too\s+busy"
)


def may_hedge(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every hedge needs."""
    return _FOUND.search(lowered) is not None


@reading
def hedges(text: str) -> bool:
    """A part that leaves its step to chance (see the module docstring)."""
    found = _HEDGE.search(text)
    return found is not None and _BEFORE.search(text, 0, found.start()) is None


def hedging(examples: Sequence[str]) -> bool:
    """Whether an intent's examples hedge so (one is enough)."""
    return any(_HEDGE.search(e) is not None for e in examples)
