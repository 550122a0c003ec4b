"""The cue layer's reading of a stock acknowledgement ("I hear you.", "I get it, but ...", or a
short one that names nothing of theirs: "That's so hard.", "Oh no."), read by rule 174's cue side
(`shifted_cues.py`) and by rule 213's own agenda (`own_agenda.py`). It loads nothing of the
encoder's, so the lexical scorer can run it (tests/tui/test_startup_imports.py); `stock_ack.py`
holds the semantic scorer's fuller reading.
"""

from __future__ import annotations

import re

# The words of a stock acknowledgement ("I hear you", "I totally understand your concern", "I
# get it", "Sorry to hear that", "Fair enough"): the cue layer's own short list, so that the
# lexical scorer, which runs this module too, loads nothing of the encoder's
# (tests/tui/test_startup_imports.py); stock_ack.py holds the semantic scorer's fuller reading.
_STOCK_WORDS = frozenset(
    """i i'm we you your it that this what how where hear heard understand understood get got
    see appreciate appreciated totally completely absolutely really fully truly honestly do
    concern concerns point points perspective frustration frustrations feelings feel feeling
    coming from mean saying are re sorry to hear about fair enough ok okay right sure yes yeah
    makes sense well oh look so all of""".split()
)
_ACK_VERB = re.compile(
    r"\b(?:hear|heard|understand|understood|get|got|see|appreciate|sorry|fair|sense)\b",
    re.IGNORECASE,
)
_STOCK_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r",|;|\s-+\s|\s(?=(?:but|so|and)\b)", re.IGNORECASE)


# a short acknowledgement that names nothing of theirs ("That's so hard.", "Oh no, that sucks.")
_GENERIC_WORDS = frozenset(
    """that that's this it it's is so really very such a oh no ugh god gosh hard tough rough awful
    terrible horrible sucks sad shame pity rubbish grim bad not good great how what wow damn man
    sorry""".split()
)
GENERIC_MAX_WORDS = 5


def stock_sentence(text: str) -> bool:
    """A stock acknowledgement: an acknowledging word and stock words alone, or a short
    acknowledgement of how hard it is that names nothing of theirs."""
    words = _STOCK_TOKEN.findall(text.lower())
    if not words:
        return False
    # the stock words first: most sentences hold another word, and then no pattern runs
    if all(w in _STOCK_WORDS for w in words) and _ACK_VERB.search(text) is not None:
        return True
    return len(words) <= GENERIC_MAX_WORDS and all(w in _GENERIC_WORDS for w in words)


def ack_clause(text: str) -> int | None:
    """The end of a stock acknowledgement that opens `text` before a clause break ("I get it,
    but can we move on to the roadmap?"), or None."""
    found = None
    for m in _CLAUSE.finditer(text):
        if m.start() == 0:
            continue
        if stock_sentence(text[: m.start()]):
            found = m.start()
        else:
            break
    return found
