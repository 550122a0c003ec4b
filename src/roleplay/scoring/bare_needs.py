"""Rule 452 (docs/scoring.md): a bare question for their needs earns half the credit.

"What do you need?" alone (to a privacy lead pressed to host patient data abroad) scored
listening 86: "asked about their needs" (+26), "asked an open question" (+9) and "reflected what
they said" (+6) for the words "you need", more than a question about the customer's need on
day one. A question for what they need or want, in words of wanting ("need", "want", "like",
"prefer", "happen", "help"), that holds no word of four letters or more besides them and points
at nothing ("What do you need?", "What would you like from me?", "What do you want to happen?")
fits any line: it asks well but takes up nothing of theirs, so "asked about their needs" counts
half. Not: a question for their need in some matter ("What do you need for the launch?", "What
would you need from me to make Friday work?"), one that points back at their line ("What do you
need from this?"), "And you?" after the speaker's own need (it turns theirs back: rule 56).
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, long_words
from roleplay.scoring.features_base import Hit

# the words of wanting, which name no matter
_WANTING = frozenset(
    """need needs needed want wants wanted like would prefer preferred happen help helps
    from right most really exactly actually""".split()
)
_FILLERS = SHORT_FILLERS | _WANTING
_WANTS = re.compile(r"\b(?:need|needs|want|wants|like|prefer|happen|help)\b", re.IGNORECASE)
_POINTING = re.compile(r"\b(?:it|this|that|these|those|them)\b", re.IGNORECASE)
BARE_SHARE = 0.5


def bare(question: str) -> bool:
    """A question for their need, in words of wanting, that holds no word of matter and points at
    nothing."""
    return (
        _WANTS.search(question) is not None
        and not long_words(question, _FILLERS)
        and _POINTING.search(question) is None
    )


def halved_bare_needs(hits: list[Hit], reply: str) -> list[Hit]:
    """The hits with a bare needs question's "asked about their needs" halved (rule 452)."""
    return [
        h._replace(amount=h.amount * BARE_SHARE)
        if h.feature == "interest_question"
        and h.start is not None
        and h.end is not None
        and bare(reply[h.start : h.end])
        else h
        for h in hits
    ]
