"""Answering what they asked for: a concrete commitment in reply to a request is listening.

When the partner asks for something (a question, "can you ...", "I need ...", "I still haven't
seen the plan") and the reply commits to a concrete action ("I'll send you the revised plan by
Thursday noon", "It's mine. Weekly status to you"), the reply has heard the request: it is not
"ignoring what they said" or "missing every key point", and it earns listening for the answer.
A stock phrase or a bare promise with nothing concrete ("I'll try") does not count.
"""

from __future__ import annotations

import re

from roleplay.scoring.semantic_rules import NEGATIVE_MARGIN, NEGATIVE_SIMILARITY
from roleplay.scoring.sentences import Sentence

# The partner wants something from the speaker: asks, requests, or states a need.
REQUEST = re.compile(
    r"\?|\b(?:can|could|will|would) you\b|\bplease\b|\b(?:need|needs|want|wants|expect|"
    r"expects|require|requires|asking for|ask for)\b|\b(?:i|we)(?:'ve| have)? (?:still )?"
    r"(?:haven't|have not|not) (?:seen|got|had|heard|received)\b|\b(?:waiting|wait) (?:for|on)\b|"
    r"\buntil (?:i|we) (?:have|get|see)\b",
    re.IGNORECASE,
)
# A commitment from the speaker's side, or what the partner will receive.
COMMITMENT = re.compile(
    r"\b(?:(?:i|we)(?:'ll| will| can(?!'t|not| not)| could(?! not|n't))|(?:my|our) \w+ (?:will|can"
    r"(?!'t|not| not)|could(?! not|n't))|let me|happy to|glad to|please do|here's (?:a|my|what)|"
    r"you(?:'ll| will) (?:have|get|hear|see|receive)|(?:it|that|this)(?: one)?(?:'s| is) "
    r"(?:all )?mine|i own (?:it|this|that)|"
    r"count on me|consider it done|you have my word)\b",
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
CONTENT_WORD = re.compile(r"[A-Za-z]{5,}")  # words this long mostly carry content ...
COMMON_WORDS = frozenset(  # ... except these
    """their there these those would could should about which where while thing things really
    think right going being doing maybe might still again other every after before""".split()
)
# A promise to think about it is not an answer.
NONCOMMITTAL = re.compile(
    r"\b(?:i'll|i will|we'll|we will|let me) (?:think|see|try|consider|mull|sleep on|look into it)\b",
    re.IGNORECASE,
)
LISTENING_ACTS = frozenset({"reflection", "curious_question"})
LISTENING_STRENGTH = 0.5
COMMITTING_ACTS = frozenset({"offer_help", "trade", "concession", "proposal"})
HOSTILE = frozenset({"insult", "threat", "sarcasm", "blame", "dismissal"})
RESPONSIVE_UNITS = 1.5  # listening, in cue units (tens of points before the head's weight)
PENALTIES_ANSWERED = frozenset({"missed_key_points", "ignored_partner"})


def answers_request(sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first sentence that answers the partner's request with a concrete commitment:
    commitment wording with a committing act, something concrete (a time, a number) or the
    partner's own content words."""
    if not partner or REQUEST.search(partner) is None:
        return None
    if any(
        s.act.act in HOSTILE
        and s.act.similarity >= NEGATIVE_SIMILARITY
        and s.act.margin >= NEGATIVE_MARGIN
        for s in sentences
    ):
        return None  # a clear insult, threat, sarcasm, blame or dismissal answers nothing
    theirs = {w.lower() for w in CONTENT_WORD.findall(partner)} - COMMON_WORDS
    # what makes it concrete may follow the commitment ("It's mine. Weekly status to you.")
    concrete = any(
        CONCRETE.search(s.text) or any(w.lower() in theirs for w in CONTENT_WORD.findall(s.text))
        for s in sentences
        if not s.repeat
    )
    for s in sentences:
        if s.repeat or s.act.act == "stock_phrase" or s.text.rstrip().endswith("?"):
            continue
        if NONCOMMITTAL.search(s.text):
            continue
        if COMMITMENT.search(s.text) and (s.act.act in COMMITTING_ACTS or concrete):
            return s
    return None


def shows_listening(sentences: list[Sentence]) -> bool:
    """A clear reflection or curious question: the reply picked up what they said in its own
    words or asked about their side, so "missed every key point" (a word check) does not hold."""
    return any(
        not s.repeat and s.act.act in LISTENING_ACTS and s.act.strength >= LISTENING_STRENGTH
        for s in sentences
    )
