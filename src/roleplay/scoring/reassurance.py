"""Reassurance backed by a deed is no brush-off (rule 116).

"Don't worry" on its own waves a worry away: premature reassurance, which counsellors and the
Lend an Ear raters file under dismissing emotions, so the cue layer's `minimising` cue costs it
empathy and listening. But "Don't worry, I'll cover your Saturday shift", "Don't worry about the
admin. I'll swap the dates in the rota myself today" or "No need to worry - we'll send a
replacement unit tomorrow" take the cause of the worry on: the speaker commits to the deed that
removes it, which is instrumental support, not a brush-off. Such a reply earned less empathy
than saying nothing at all.

The reading: the `minimising` hit is a worry phrase ("don't worry", "do not worry", "no need to
worry / stress / panic") and the rest of its sentence, or the next sentence, commits the
speaker's side to a concrete deed: "I / we" with "will", "'ll", "am going to", "have already"
(or "let me") and a verb that does something, followed by what it acts on. Not reassurance by a
deed: a prediction about them ("Don't worry, you'll get used to it"), a promise of nothing in
particular ("we'll get through it", "I'll be fine", "we'll figure it out", "I'll try"), a
commitment against them ("I'll report it to HR"), or one further away than the next sentence.
Other minimising phrases ("cheer up", "it'll be fine", "look on the bright side") are untouched.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.features_base import Hit
from roleplay.scoring.next_step import AGAINST_THEM, NONCOMMITTAL

# The worry phrases of the `minimising` cue that a deed can back.
WORRY = caseless(
    r"^(?:don't|do not|dont|no need to|there's no need to|you don't need to|you do not need to)"
    r" (?:worry|stress|panic|fret)\b"
)
# The speaker's side commits to doing something.
_COMMITS = (
    r"\b(?:(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'ve already|"
    r" have already|'ve just| have just)|let me|i can|we can)"
)
# ... to a verb that does nothing in particular for them.
_VAGUE = (
    r"(?:be|get through|figure|work (?:it|this|that|things|something) out|sort (?:it|this|that|"
    r"something) out|manage|see|try|think|hope|pray|wait|survive|cope|get by|make it|deal with it|"
    r"get over|keep (?:my|our) fingers|do (?:my|our) best|always|never|still|probably|maybe|tell|"
    r"imagine|understand|hear|feel|relate|appreciate|guess|sense|only)\b"
)
DEED = caseless(_COMMITS + r" (?!" + _VAGUE + r")(?:\w+ ){1,}\w+")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s+|$)|\s+-+\s+|\n+")


def _sentence_tail_and_next(reply: str, start: int) -> tuple[str, str]:
    """The rest of the sentence from ``start``, and the sentence after it."""
    first = _SENTENCE_END.search(reply, start)
    if first is None:
        return reply[start:], ""
    second = _SENTENCE_END.search(reply, first.end())
    return reply[start : first.start()], reply[first.end() : second.start() if second else None]


def _commits_to_deed(text: str) -> bool:
    deed = DEED.search(text)
    return deed is not None and not NONCOMMITTAL.search(text) and not AGAINST_THEM.search(text)


def reassures_by_deed(reply: str, hit: Hit) -> bool:
    """``hit`` is a worry phrase of the `minimising` cue backed by a deed the speaker commits
    to in the same sentence or the next (see the module)."""
    if hit.feature != "minimising" or hit.start is None or hit.end is None:
        return False
    if WORRY.match(reply[hit.start :]) is None:
        return False
    tail, after = _sentence_tail_and_next(reply, hit.end)
    return _commits_to_deed(tail) or _commits_to_deed(after)
