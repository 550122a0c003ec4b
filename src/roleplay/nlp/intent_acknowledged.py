"""Seeing why they want it is no move (issue 12).

"I can see why those customers matter to you.", "I get why you want it this week.", "I
understand why the deadline matters so much.": a part that only says the speaker sees their
reason takes it in and decides nothing. Read as sentences, such parts are the speaker acting
("I can ...", "I get ...") with the partner's topic words, and met offers, commitments,
owning a mistake, a demand for a guarantee and pressing for a date ("I get why you want it
this week." met an intent in 11 readable sets; "I can see why those customers matter to you."
a docs-only blind set's offer of aggregate data).

A part that only says the speaker sees why (or how, or that) is set aside from every intent
none of whose examples acknowledges (one that opens "I see / I get / I understand / I
appreciate / I hear / I know / I can imagine", or "That sounds / must / It must ...": an
intent that acknowledges their feelings keeps meeting it).

Not read so: the move after it in the same part ("I get why you want it this week, but we can
do two years at today's price": a clause after it), "I can see you on Friday" (no why, how or
that), a question.
"""

from __future__ import annotations

import re

from .intent_part import PartReading

_SEES = re.compile(
    r"\W*(?:(?:look|listen|honestly|and|so|well|ok|okay|right|yeah|yes|sure|oh)\W+){0,2}"
    r"(?:i|we)\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+|absolutely\s+){0,2}"
    r"(?:see|get|understand|appreciate)\s+(?:why|how|that|what)\b",
    re.IGNORECASE,
)
# an example that acknowledges: the intent keeps meeting such a part
_ACKNOWLEDGES = re.compile(
    r"\W*(?:(?:look|listen|honestly|and|so|well|ok|okay|right|yeah|yes|sure|oh)\W+){0,2}"
    r"(?:(?:i|we)\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+){0,2}"
    r"(?:see|get|understand|appreciate|hear|know|imagine|realise|realize|recognise|recognize)\b"
    r"|(?:that|it|this)(?:['’]s|\s+is|\s+must|\s+sounds|\s+seems)\b)",
    re.IGNORECASE,
)
# a clause after it, which may make a move of its own
_MORE = re.compile(
    r"[;:—–]|\s-+\s|,?\s*\b(?:but|and\s+(?:i|we|let['’]?s)|so\s+(?:i|we|let['’]?s)|though"
    r"|although|however)\b|,\s*(?:i|we|let['’]?s)\b",
    re.IGNORECASE,
)
_WORDS = ("see why", "get why", "understand why", "appreciate why", "see how", "get how",
          "understand how", "appreciate how", "see that", "get that", "understand that",
          "appreciate that", "see what", "get what", "understand what",
          "appreciate what")  # fmt: skip

# a part that only says the speaker sees why; an intent one of whose examples acknowledges
# keeps meeting it
_PART = PartReading(_WORDS, _SEES, _MORE, examples=_ACKNOWLEDGES)
may_acknowledge = _PART.may
sees_why = _PART.reads
acknowledging = _PART.held_by
