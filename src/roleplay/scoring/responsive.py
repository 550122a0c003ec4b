"""Answering what they asked for: a concrete commitment in reply to a request is listening.

When the partner asks for something (a question, "can you ...", "I need ...", "I still haven't
seen the plan") and the reply commits to a concrete action ("I'll send you the revised plan by
Thursday noon", "It's mine. Weekly status to you"), the reply has heard the request: it is not
"ignoring what they said" or "missing every key point", and it earns listening for the answer.
A stock phrase or a bare promise with nothing concrete ("I'll try") does not count.
"""

from __future__ import annotations

import re

from roleplay.scoring.sentences import Sentence

# The partner wants something from the speaker.
REQUEST = re.compile(
    r"\?|\b(?:can|could|will|would) you\b|\bplease\b|\b(?:i|we) (?:need|want|expect|'d need|"
    r"would need)\b|\b(?:i|we)(?:'ve| have)? (?:still )?(?:haven't|have not|not) (?:seen|got|"
    r"had|heard|received)\b|\b(?:waiting|wait) (?:for|on)\b|\buntil (?:i|we) (?:have|get|see)\b",
    re.IGNORECASE,
)
# A first-person commitment, or what the partner will receive.
COMMITMENT = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i can(?!'t|not| not)|let me|you'll (?:have|get|hear|see|"
    r"receive)|you will (?:have|get|hear|see|receive)|it's mine|i own (?:it|this|that)|"
    r"i'll own|count on me|consider it done|you have my word)\b",
    re.IGNORECASE,
)
# Something concrete: when, how often, or a number.
CONCRETE = re.compile(
    r"\b(?:by|before|within|every|each|until|tomorrow|today|tonight|this (?:afternoon|evening|"
    r"morning|week)|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"noon|morning|evening|weekly|daily|end of (?:the )?(?:day|week)|eod|asap|right away|"
    r"straight away|first thing|\d+)\b",
    re.IGNORECASE,
)
COMMITTING_ACTS = frozenset({"offer_help", "trade", "concession", "proposal"})
HOSTILE = frozenset({"insult", "threat", "sarcasm", "blame", "dismissal"})
RESPONSIVE_UNITS = 1.5  # listening, in cue units (tens of points before the head's weight)
PENALTIES_ANSWERED = frozenset({"missed_key_points", "ignored_partner"})


def answers_request(sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first sentence that answers the partner's request with a concrete commitment."""
    if not partner or REQUEST.search(partner) is None:
        return None
    if any(s.act.act in HOSTILE for s in sentences):
        return None
    concrete = any(CONCRETE.search(s.text) for s in sentences)
    for s in sentences:
        if s.repeat or s.act.act == "stock_phrase":
            continue
        if COMMITMENT.search(s.text) and (concrete or s.act.act in COMMITTING_ACTS):
            return s
    return None
