"""Rule 213 (docs/scoring.md): a stock acknowledgement, then the speaker's own agenda.

"I get it. Shall we go through the budget now?" to a team lead whose people have worked
weekends for a month unnoticed, "I hear you. Can we look at the overtime figures?" to someone
whose new rota ends their school pick-up, "Understood. Let's go through the discharge paperwork
first." to a family furious nobody called them: the acknowledgement earned "showed you
understood" in full (+19 empathy) because the proposal after it engaged ("invited them to
shape the solution"), and each beat a plain reply that took up their point. Rule 174 leaves "go
through / look at / review" out of its moves on, since work on their matter reads the same
("Could we go through the design on a call?"); said right after stock words alone, though, a
proposal to work through a matter none of theirs is the speaker's agenda, and the stock words
before it acknowledge nothing.

A question or a proposal turns to the speaker's agenda when it opens work on a matter ("go
through / over", "look at / over / into", "review", "turn to", "get to", "start on / with",
"focus on", "sort out", "sign off", "finalise", "run through", "check") and the sentence right
before it, or its own opening clause, is a stock acknowledgement ("I get it.", "I hear you,",
"Understood."). Its matter is then read as rule 174 reads a move on: a content word of its own,
none of theirs in any form, nothing pointing back at their line, no word of how they are.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.stock_words import stock_sentence

AGENDA = re.compile(
    r"\b(?:go(?:ing)? (?:through|over)|look(?:ing)? (?:at|over|into)|review(?:ing)?|"
    r"turn(?:ing)? to|get(?:ting)? to|start(?:ing)? (?:on|with)|focus(?:ing)? on|"
    r"sort(?:ing)? out|sign(?:ing)? off|finali[sz](?:e|ing)|run(?:ning)? through|check(?:ing)?)\b",
    re.IGNORECASE,
)
# ... the same words looked for first, on lower-cased text (ascii_case.py): most sentences hold
# none, and `AGENDA` itself, whose matches rule 174 tells by their pattern, then never runs
_AGENDA_WORDS = caseless(AGENDA.pattern)
_SENTENCE_END = re.compile(r"[.!?]\s*")


def agenda_turn(text: str, acknowledged: bool, before: str) -> re.Match[str] | None:
    """The words that open work on a matter in a sentence said right after a stock
    acknowledgement (`acknowledged`: its own opening clause was one; else the last sentence of
    `before`, the reply's text before it, is read), or None. The words are looked for first:
    most sentences hold none, and then the sentence before need not be read."""
    if _AGENDA_WORDS.search(text) is None:
        return None
    found = AGENDA.search(text)
    if found is None or acknowledged or stock_before(before):
        return found
    return None


def stock_before(before: str) -> bool:
    """The last sentence of `before` (the reply's text up to the sentence being read) is a
    stock acknowledgement ("I hear you.")."""
    stripped = before.rstrip()
    if not stripped:
        return False
    cut = 0
    for m in _SENTENCE_END.finditer(stripped[:-1]):
        cut = m.end()
    return stock_sentence(stripped[cut:])
