"""A remark on the size of what they ask is the speaker's pushback, not sympathy (docs/scoring.md,
rule 27).

"Thirty percent by Friday is a lot", "That's a big ask", "It's a lot to find by Friday" weigh
their request: the speaker says it is too much to give. The cue layer's "acknowledged it's hard"
reads the same words in "That's a lot on your plate" or "Caring for your mum on top of work is
a lot", which weigh what the partner carries. A difficulty cue earns nothing when it weighs a
request: its words say so ("a big ask", "a lot to ask / find / give"), or its subject names
something other than them or "that / this / it" ("Thirty percent by Friday") after a line in
which they ask for something. The intent side reads such a remark the same way
(docs/authoring.md, "a remark on the size of what they ask").
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.responsive import requests

# the words of the remark weigh a request
ASK_WORDS = re.compile(
    r"\b(?:a (?:big|huge|tall|large|massive|steep|hefty) (?:ask|order|request)|a lot to (?:ask|"
    r"expect|find|give|cut|deliver|turn around|pull together|free up|hand over|take out))\b",
    re.IGNORECASE,
)
# a size word after a subject ("X is a lot"), and what the subject must not be
_SIZE = re.compile(
    r"(?:['’]s|\bis|\bsounds like|\bseems like)\s+(?:really |quite |just )?(?:a lot|"
    r"so much|too much)\b",
    re.IGNORECASE,
)
_THEIRS_OR_PLAIN = re.compile(
    r"\b(?:you|your|yours|you're|youre|that|this|it|which|everything|all)\b", re.IGNORECASE
)
# ... and what follows it when it weighs their load ("a lot on your plate", "a lot to deal with")
_THEIR_LOAD = re.compile(
    r"\s+(?:on your|for you|to (?:deal|cope|handle|carry|juggle|take in|process|manage|go through"
    r"|face|live))\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?]\s+")


def weighs_request(reply: str, hit: Hit, partner: str) -> bool:
    """The difficulty cue ``hit`` weighs the request in the partner's line, not their load."""
    if hit.feature != "difficulty" or hit.start is None or hit.end is None:
        return False
    if ASK_WORDS.search(reply, hit.start, min(len(reply), hit.end + 30)):
        return True
    size = _SIZE.search(reply, hit.start, min(len(reply), hit.end + 2))
    if size is None or _THEIR_LOAD.match(reply, size.end()) or not requests(partner):
        return False
    starts = [m.end() for m in _SENTENCE_START.finditer(reply, 0, size.start())]
    subject = reply[starts[-1] if starts else 0 : size.start()]
    return bool(subject.strip()) and _THEIRS_OR_PLAIN.search(subject) is None
