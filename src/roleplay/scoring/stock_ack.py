"""One definition of a stock sentence and a stock acknowledgement (docs/scoring.md rule 134).

Rules 111 (`plain_moves.stock_only`: a reply of stock words alone takes up nothing) and 133
(`preamble.py`: a stock acknowledgement before the fix) each had their own idea of what a stock
acknowledgement is: 111 a list of words, 133 a pattern. They disagreed both ways: "I
understand how you feel." was stock to 133 and not to 111 ("feel" was no stock word), "I
appreciate your input, I really do." stock to 111 and not to 133. Both now read this module:

- a *stock sentence* is made of stock words alone (function words, and "understand / hear /
  appreciate / concern / perspective / point / matters / important / priority ..."), once the
  stock phrases that name no feeling or matter of theirs are set aside ("how you feel",
  "where you're coming from", "what you mean", "what you're saying"); a feeling word ("stressed"),
  a validation ("the same", "makes sense") or any word of matter ("Thursday") is no stock word;
- a question about what they need ("What do you need most?") elicits their preference: no stock
  sentence; nor is asking what they need *from the speaker* ("Tell me what you need from me
  today."): it hands them the say over the speaker's help (an offer, not a formula);
- a *stock acknowledgement* is a stock sentence, not a question, that says the speaker hears,
  understands, sees, gets or appreciates ("I hear you", "I totally understand your concern",
  "I get it", "I understand how you feel", "I appreciate your input, I really do", "I
  really value you opening up", "I understand how hard this is": rule 135b); one that
  acknowledges their *view* ("I see your point", "I understand where you're coming from")
  engages with it before the speaker gives their own (rule 30, receptiveness) and is no stock
  acknowledgement, though it is a stock sentence when it is all the reply says.

`ack_clause` finds a stock acknowledgement that opens a longer sentence ("I understand your
concern, and lots of people go through doubt, so keep praying"): the clause before the first
comma, semicolon, colon, dash or "and / but / so" whose words are a stock acknowledgement.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.stuffing import FUNCTION_WORDS

_WORDS = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

# the words of stock acknowledgement and stock questions: none names a feeling or a matter
STOCK_WORDS = FUNCTION_WORDS | frozenset(
    """understand understood understanding hear heard appreciate appreciated concern concerns
    perspective perspectives viewpoint point points matters matter important priority
    priorities need needs coming sharing share raising input totally completely absolutely
    definitely truly honestly genuinely fully valid thank thanks value valued feelings opening
    """.split()
)
_NEED_WORDS = frozenset({"need", "needs"})
# stock phrases that name nothing of theirs, set aside before the words are read
_STOCK_PHRASES = re.compile(
    r"\b(?:how you(?:'re| are)? feel(?:ing)?|where you(?:'re| are) coming from|what you mean|"
    r"what you(?:'re| are) saying|how (?:hard|difficult|tough) (?:this|it|that) (?:is|must be|"
    r"has been))\b",
    re.I,
)
# what they need from the speaker: the say over the speaker's help, not a formula
_FROM_ME = caseless(r"\bwhat you need from (?:me|us)\b")
# an acknowledging verb of the speaker's own
_ACK = caseless(
    r"\b(?:i|we)(?: \w+ly| do| can| really)? (?:hear|understand|get|see|appreciate|value)\b"
)
# their view acknowledged ("I see your point", "I understand where you're coming from") engages
# with it before the speaker gives their own (rule 30, receptiveness): no stock acknowledgement
_THEIR_VIEW = caseless(
    r"\b(?:point|points|perspective|perspectives|viewpoint|coming from|saying|mean)\b"
)
# where the opening clause of a longer sentence ends
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\s-+|\u2014|\u2013)\s*|\s+(?=(?:and|but|so)\b)", re.I)


def stock_sentence(text: str) -> bool:
    """Stock words alone (rule 111's test, one definition with rule 133's)."""
    if _FROM_ME.search(text):
        return False
    words = [w.lower() for w in _WORDS.findall(_STOCK_PHRASES.sub(" ", text))]
    if text.rstrip().endswith("?") and _NEED_WORDS.intersection(words):
        return False  # "What do you need most?" asks their preference
    return all(w in STOCK_WORDS for w in words)


def stock_ack(text: str) -> bool:
    """A stock sentence that acknowledges in the speaker's voice ("I hear you", "I totally
    understand your concern."): no question."""
    return (
        not text.rstrip().endswith("?")
        and _ACK.search(text) is not None
        and _THEIR_VIEW.search(text) is None
        and stock_sentence(text)
    )


def ack_clause(text: str) -> int | None:
    """The end of the longest stock acknowledgement that opens `text` and stops at a clause
    boundary before its end ("I understand your concern, and lots of people ..."), or None."""
    if _ACK.search(text) is None:  # cheap gate: no acknowledging verb at all
        return None
    found = None
    for m in _CLAUSE_END.finditer(text):
        if m.start() == 0 or m.end() >= len(text.rstrip(" .!")):
            continue
        if stock_ack(text[: m.start()]):
            found = m.start()
        else:
            break  # a clause of matter ends the opening
    return found
