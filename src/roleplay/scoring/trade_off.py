"""Laying out the trade-off: what their request costs, or how it could be phased (English).

In a negotiation about scope and time, "If bulk import goes into March, something else has to
move to April" and "Search and export could ship on the new date, and reporting two weeks later"
are options: they say what the speaker's side can do and what it costs, without caving and
without a flat no. Neither names an exchange ("if you ..., I'll ...") nor commits to a dated
deliverable, so no other rule credited them. A statement (not a question, a repeat, a stock
phrase or a cave) that

- ties a condition to what has to give: "if ..." and "... has to / would have to / will have to
  move / slip / wait / come out / be dropped" or "... would mean dropping / moving / pushing ...";
- or phases it: something "could / can / would / will" ship, land, launch or be ready, "and"
  the rest "two weeks later", "to follow", "in a second phase", "the sprint after"

earns `+8 collaboration: laid out the trade-off`, once per reply, not in a hostile reply.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentence_checks import clearly_costly, plain_statement
from roleplay.scoring.sentences import Sentence

TRADE_OFF_UNITS = 1.0  # collaboration, in cue units (as a plan tied to their interest)
_GIVES = (
    r"(?:move|slip|wait|go|give|come out|drop|be (?:dropped|cut|moved|pushed|delayed|paused)|"
    r"be pushed back|get pushed|get dropped|get cut)"
)
COSTS = caseless(
    rf"\b(?:if|unless)\b[^.?!]*\b(?:has to|have to|would have to|will have to|would need to|"
    rf"needs? to|must) {_GIVES}\b|"
    r"\b(?:would|will|'d|'ll) mean (?:dropping|moving|cutting|pushing|delaying|pausing|slipping|"
    r"losing)\b",
    by_branch=True,
)
PHASED = caseless(
    r"\b(?:could|can|would|will|'ll|might) (?:\w+ ){0,3}?(?:ship|go live|land|launch|roll out|"
    r"release|deliver|be ready|be delivered|be shipped|follow)\b[^.?!]*\b(?:and|then|with)\b"
    r"[^.?!]*\b(?:\w+ (?:days?|weeks?|months?|sprints?) later|later that (?:week|month)|to follow|"
    r"in a second phase|in phase two|the (?:week|month|sprint|release) after)\b"
)


def trade_off(sentences: list[Sentence], hostile: bool) -> Sentence | None:
    """The first sentence that lays out a trade-off or a phased plan (None: none does)."""
    if hostile:
        return None
    for s in sentences:
        if not plain_statement(s) or s.cave or clearly_costly(s):
            continue  # a repeat, a stock phrase, a question, a cave, a threat or dismissal
        if COSTS.search(s.text) or PHASED.search(s.text):
            return s
    return None
