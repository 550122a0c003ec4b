"""Talking about the move later is no move now (issue 12).

"We can revisit the full 30% next month", "Let's revisit US hosting after the audit", "Let's
talk about which days closer to the time", "We'll see about the whole week nearer the time"
name the move and put the decision off to a later time: what the speaker commits to is a
conversation, not the cut, the hosting or the days. They met the concession or the offer they
name in four of the shipped scenarios (written as near-misses of the blind sets' kinds: "the
move put off"), and the speaker's own words about time ("next month", "after the audit") do
not count against it in the encoder.

:func:`puts_off` reads a part in which the speaker (or "let's") only talks, thinks, sees or
looks about something - "talk about", "discuss", "see about", "think about", "revisit", "come
back to", "look at ... again", "pick it up", "circle back" - at a time after now: "later",
"another time", "next week / month / quarter", "closer to / nearer the time", "after the
audit", "once the launch is out", "in a few weeks", "in the new year". The move itself put at a
later time ("Let's phase it next quarter", "I can take the days after the launch") is not read
here: it is a move (a phased offer), and so is a talk fixed to a time with a move in it
("Let's meet on Monday and I'll bring the rota"). Such a part is barred from every intent none
of whose examples puts something off the same way (an intent of proposing a later review
keeps meeting it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .memo import reading

# the cheap first check, on the lowered reply: every such part holds one of these
_WORDS = re.compile(r"talk|discuss|see about|think|revisit|come back|look at|pick|circle|chat")

_WHO = (
    r"(?:(?:let['’]?s|let us|we|i)(?:['’]ll|['’]d| will| can| could| should| would| shall"
    r"| might| may| need to| have to| ought to)?(?: (?:just|maybe|perhaps|probably|definitely"
    r"|happily|also))?"
    r"|(?:happy|glad|willing|keen) to|(?:maybe|perhaps|how about|what if) (?:we|i))\s+"
)
_TALK = (
    r"(?:talk(?: about| through)?|discuss|see about|think about|think through|revisit"
    r"|reconsider|come back to|get back to|look at|look again at|pick (?:this|it|that|them) up"
    r"|pick up|circle back(?: to| on)?|chat about|have a (?:chat|talk|conversation) about"
    r"|review|go over|go through|look into)"
)
_LATER = (
    r"(?:later(?: on)?|another time|some other time|at a later date|down the line"
    r"|next (?:week|month|quarter|year|time|sprint|round|cycle)|in the new year"
    r"|(?:closer|nearer) (?:to )?the (?:time|date|day|launch|deadline|end)"
    r"|after (?:the|this|that|our|your|my|their) [a-z\-]+(?: [a-z\-]+)?"
    r"|once (?:the|this|that|our|your|my|their|we|you|it|things) [a-z\-']+(?: [a-z\-']+){0,3}"
    r"|in (?:a|an|two|three|four|six|a few|a couple of|several) (?:days?|weeks?|months?"
    r"|quarters?)(?: time)?|when (?:the|this|that|our|your|we|you|things) [a-z\-']+"
    r"(?: [a-z\-']+){0,3})"
)
_PUT_OFF = re.compile(
    r"^\W*(?:(?:ok|okay|well|so|look|honestly|right|sure|fine|but|and)\W+)*"
    + _WHO
    + _TALK
    + r"\b[^.;!?]*?\b"
    + _LATER
    + r"\W*$",
    re.IGNORECASE,
)
# a move of the speaker's in the same part: "... and I'll bring the rota", "..., but I can
# give you 10% now"
_MOVE_TOO = re.compile(
    r"\b(?:and|but|then|so)\s+(?:i|we)(?:['’]ll| will| can| could| would|['’]d)\s+(?!talk"
    r"|discuss|see|think|revisit|come back|get back|look|pick|circle|chat|review|go over)",
    re.IGNORECASE,
)


# ... and one of these, which every later time holds
_LATER_WORDS = re.compile(
    r"later|another time|other time|next |closer|nearer|after |once |in a|in tw"
    r"|in th|in fo|in si|in se|down the line|new year|when "
)


def may_put_off(lowered: str) -> bool:
    """The cheap first check of :func:`puts_off` on a lowered reply: a word of talking and a
    word of a later time."""
    return _WORDS.search(lowered) is not None and _LATER_WORDS.search(lowered) is not None


@reading
def puts_off(text: str) -> bool:
    """The part puts the talk about a move off to a later time and makes no move (see the
    module docstring)."""
    return _PUT_OFF.match(text) is not None and _MOVE_TOO.search(text) is None


_CLAUSE = re.compile(r"[.;:!?]+\s*|,\s*(?=but\b|and\b|so\b)|\s+[-–—]\s+")


def putting_off(examples: Sequence[str]) -> bool:
    """One of the intent's examples, in one of its clauses, puts the talk off the same way:
    such a part may meet it."""
    return any(puts_off(e) or any(map(puts_off, _CLAUSE.split(e))) for e in examples)
