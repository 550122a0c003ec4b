"""Housekeeping is no move (issue 12).

"Let me finish this query first.", "Let me find the tenancy agreement.", "Bear with me, I'm
pulling up your file.", "One moment.", "Can I take your date of birth?": a part that only
gets the speaker's papers in order (finds, opens or pulls up a document, asks for a detail
that identifies them, asks them to wait a moment) decides nothing. Read as sentences, such
parts are the speaker acting ("let me ...", "I'm ...") or asking, and met offers, a request
for an exit clause, skipping a review, blame and a threat in 3-7 of the readable sets each.

A part that is only housekeeping is set aside from every intent none of whose examples is
housekeeping.

Not read so: a move after it in the same part ("Let me pull up your file and I'll refund it
now": a clause after it), "let me" with a move ("Let me check with IT about a login for
you", "Let me get you a temporary account": not a document of the speaker's, or more words
after it), a question about their need ("Can I ask what the trip is for?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_readings import substrings
from .memo import reading

_WAIT = (
    r"(?:bear\s+with\s+me|hold\s+on|hang\s+on|one\s+(?:moment|sec|second|minute)"
    r"|just\s+a\s+(?:moment|sec|second|minute)|give\s+me\s+a\s+(?:moment|sec|second|minute)"
    r"|(?:a|one)\s+moment\s+please|bear\s+with\s+us)"
)
_THING = (
    r"(?:the|this|that|my|your|our|his|her|their)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:file|files|record|records|notes|account|booking|agreement|contract|form|forms|paperwork"
    r"|details|email|emails|screen|system|query|spreadsheet|sheet|report|policy|rota|calendar"
    r"|diary|page|document|documents|invoice|order|ticket|case|inbox|tab|queue|reference|list"
    r"|schedule|log|logs)"
)
_LOOK = (
    r"(?:finish|find|grab|pull\s+up|look\s+up|open|open\s+up|dig\s+out|fetch|locate|get\s+up"
    r"|bring\s+up|load|check|save|close)"
)
_SOFT = r"(?:just\s+|quickly\s+|quick(?:ly)?\s+)?"
_HOUSEKEEPING = re.compile(
    r"\W*(?:(?:ok|okay|right|so|sure|sorry|um|uh|er|alright|well)\W+){0,2}(?:"
    # "Let me find the tenancy agreement (first)."
    rf"let\s+me\s+{_SOFT}{_LOOK}\s+{_THING}(?:\s+(?:first|quickly|a\s+sec|a\s+moment|here|now))?"
    # "I'm pulling up your file."
    rf"|i['’]m\s+{_SOFT}(?:pulling\s+up|looking\s+up|opening|finding|bringing\s+up|loading"
    rf"|checking)\s+{_THING}(?:\s+(?:now|here))?"
    # "Can I take your date of birth?"
    r"|(?:can|could|may)\s+i\s+(?:just\s+)?(?:take|have|get|grab|check|confirm)\s+(?:your|the)"
    r"\s+(?:full\s+)?(?:name|date\s+of\s+birth|address|postcode|phone\s+number|number|email"
    r"(?:\s+address)?|details|reference(?:\s+number)?|account\s+number|booking\s+reference"
    r"|order\s+number|employee\s+number|staff\s+number|nhs\s+number|surname)"
    r"(?:\s+(?:please|first|quickly))?"
    # "Bear with me.", "One moment."
    rf"|{_WAIT}(?:\s+(?:please|a\s+sec|a\s+moment))?"
    r")\W*",
    re.IGNORECASE,
)
# the pieces of a part: between stops, commas and dashes
_STOPS = re.compile(r"\s*(?:[.!?…;:,—–]+|\s-+\s)\s*")
_WORDS = ("let me", "pulling up", "looking up", "opening", "finding", "bringing up", "loading",
          "checking", "can i", "could i", "may i", "bear with", "hold on",
          "hang on", "one moment", "one sec", "one minute", "a moment", "a sec",
          "a minute")  # fmt: skip
_FOUND = substrings(_WORDS)


def may_keep_house(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every such part needs."""
    return _FOUND.search(lowered) is not None


@reading
def keeps_house(text: str) -> bool:
    """A part every piece of which (between stops and commas) is housekeeping (see the module
    docstring)."""
    pieces = [p for p in _STOPS.split(text.strip(" \t\n\"'“”‘’()")) if p]
    return bool(pieces) and all(_HOUSEKEEPING.fullmatch(p) is not None for p in pieces)


def housekeeping(examples: Sequence[str]) -> bool:
    """Whether an intent's examples are housekeeping (one is enough)."""
    return any(keeps_house(e) for e in examples)
