"""A move taken back in the same breath, and a question that doubts a move (issue 12).

* **Taken back** (:func:`taken_back`): "I could maybe consider a pilot, but not now", "We
  could phase it, but not yet", "Happy to cover a shift, but not right now" name a move and
  withdraw it before the sentence ends: what the speaker stands behind is "not now". The part
  before the "but not now" met the offer it names (an offer of a pilot, of people). It is
  barred from every intent that does not say no; the "not now" itself is read as usual. A
  later window is a different move and is not read here: "We can do a prototype, but not this
  quarter" offers it for later (a phased offer), and "Not the whole week, but some of it"
  gives a part.
* **A doubting question** (:func:`doubts`): "Would phasing even help?", "Would a pilot even
  make a difference?", "Does it even matter who presents?" ask whether a move is worth
  anything, in the words of the move: they neither make the move nor ask about the other
  person's need, and met offers and asking intents alike. Such a question is barred from
  every intent none of whose examples doubts the same way. Whether it would help *them*
  ("Would a phased cut even help you with the board?") asks about their need and is not
  read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "but not now" closing the sentence: no time that names a later window
_NOT_NOW = re.compile(
    r"\bbut not (?:now|yet|just yet|right now|at the moment|for now|today|this time)"
    r"(?:\s*,?\s*(?:sorry|i['’]m afraid|though|anyway))?\s*(?:[.!;]|$)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]")
# "even" before what a move is worth, in a question
_DOUBT = re.compile(
    r"\beven\s+(?:really\s+)?(?:help|work|matter|make (?:a|any|much of a|much) difference"
    r"|change (?:anything|much|a thing)|fix (?:it|that|this|anything)|solve (?:it|that|this"
    r"|anything)|move the needle|be worth it|worth it|convince|impress|persuade|reassure"
    r"|satisfy|land|cut it|count|register)\b",
    re.IGNORECASE,
)


def may_take_back(lowered: str) -> bool:
    """The cheap first check of :func:`taken_back` on a lowered reply."""
    return "but not" in lowered


def taken_back(text: str, start: int, end: int) -> bool:
    """The part ``text[start:end]`` is followed, in its own sentence, by "but not now" (see
    the module docstring)."""
    stop = _SENTENCE_END.search(text, end)
    found = _NOT_NOW.search(text, start, len(text) if stop is None else stop.end())
    return found is not None and found.start() >= end


def may_doubt(lowered: str) -> bool:
    """The cheap first check of :func:`doubts` on a lowered reply."""
    return "even " in lowered and "?" in lowered


_FOR_THEM = re.compile(r"\b(?:you|your|yours|you['’](?:re|d|ll|ve))\b", re.IGNORECASE)


def doubts(text: str) -> bool:
    """The part is a question that doubts a move is worth anything, and not whether it helps
    the person spoken to (see the module docstring)."""
    if not text.rstrip().endswith("?"):
        return False
    found = _DOUBT.search(text)
    return found is not None and _FOR_THEM.search(text, found.end()) is None


def doubting(examples: Sequence[str]) -> bool:
    """One of the intent's examples doubts a move the same way: a doubt may meet it."""
    return any(doubts(e) for e in examples)
