"""Rule 452 (docs/scoring.md): asking what they need, or serving it, says nothing back.

"What do you need?" alone (to a privacy lead pressed to host patient data abroad) scored
listening 86: "asked about their needs" (+26), "asked an open question" (+9) and "reflected what
they said" (+6) for the words "you need". Two readings were too generous:

- **Words of a reflection said in a question or an offer reflect nothing.** "You need", "you
  want", "you'd like", "for you", "to you" open a reflection in a statement ("So you need the
  data live by Friday", "It matters to you that ..."). Asked ("What do you need?", "When would
  you like it?"), left to them ("whatever you'd like", "whichever shifts you want", "if you
  want") or said of a service ("we can do that for you", "I'll sort it for you") they give
  nothing of theirs back: the reflection cue in such a place earns nothing.
- **A bare question for their needs earns half the credit.** A question for what they need or
  want that holds no word of matter besides the words of wanting ("What do you need?", "What
  would you like from me?", "What do you want to happen?") fits any line: it asks well but takes
  up nothing of theirs, so "asked about their needs" counts half. Not: a question for their
  need in some matter ("What does the customer need on day one?", "What would you need from me
  to make Friday work?"), one that points back at their line ("What do you need from this?").
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, long_words
from roleplay.scoring.features_base import Hit

# the reflection cue's words that a question, a hand-over or a service also says
_SERVED = frozenset({"you need", "you want", "you'd like", "you would like", "for you", "to you"})
_ASKED_BEFORE = re.compile(
    r"\b(?:do|does|did|would|will|could|can|might|should|may)\s*$|"
    r"\b(?:whatever|whichever|anything|however|if|unless|when(?:ever)?)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_SERVICE_BEFORE = re.compile(
    r"\b(?:do|sort|sorted|arrange|get|fix|book|send|make|find|handle|organi[sz]e|take care of|"
    r"look into|check|deal with|set up|chase|raise|put in|ring|call)\b(?:\s+(?:that|it|this|them|"
    r"one|something|everything|anything|all of (?:it|that)))?\s*$",
    re.IGNORECASE,
)
# the words of wanting, which name no matter
_WANTING = frozenset(
    """need needs needed want wants wanted like would prefer preferred happen help helps
    from right most really exactly actually""".split()
)
_WANTS = re.compile(r"\b(?:need|needs|want|wants|like|prefer|happen|help)\b", re.IGNORECASE)
_POINTING = re.compile(r"\b(?:it|this|that|these|those|them)\b", re.IGNORECASE)
_FILLERS = SHORT_FILLERS | _WANTING
BARE_SHARE = 0.5


def served(hit: Hit, reply: str) -> bool:
    """A reflection cue said in a question for their need, left to them or said of a service
    (module docstring)."""
    if hit.feature != "reflection" or hit.start is None or hit.text.lower() not in _SERVED:
        return False
    before = reply[max(0, hit.start - 40) : hit.start]
    if hit.text.lower() in ("for you", "to you"):
        return _SERVICE_BEFORE.search(before) is not None
    return _ASKED_BEFORE.search(before) is not None


def bare(question: str) -> bool:
    """A question for their need, in words of wanting, that holds no word of matter and points at
    nothing ("And you?" after the speaker's own need turns theirs back: not bare)."""
    return (
        _WANTS.search(question) is not None
        and not long_words(question, _FILLERS)
        and _POINTING.search(question) is None
    )


def without_served(hits: list[Hit], reply: str) -> list[Hit]:
    """The hits without a served reflection cue, and with a bare needs question's credit
    halved (rule 452)."""
    out: list[Hit] = []
    for h in hits:
        if served(h, reply):
            continue
        if h.feature == "interest_question" and h.start is not None and h.end is not None:
            if bare(reply[h.start : h.end]):
                h = h._replace(amount=h.amount * BARE_SHARE)
        out.append(h)
    return out
