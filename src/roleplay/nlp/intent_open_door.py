"""A door left open is neither the move nor a no (issue 12).

"I'm not saying no to the pilot.", "I'm not saying we won't renew, just not at 12%.", "That's
not to say we'll never phase it.", "The rota isn't set in stone.", "The deadline doesn't have
to stay where it is.", "I don't think the Friday sessions have to stay exactly as they are.":
the speaker denies having said something, or says a rule could change, and commits to
nothing. Read as sentences, the negators of such parts reached refusals ("I'm not saying no
to the pilot." met the refusal of 11 readable sets, "I'm not saying we won't renew, just not
at 12%." an intent in 24: refusals, a fix, an apology, taking sides), and a rule that could
change met the intent that keeps the rule.

A part that opens with such a denial ("I'm not saying", "I didn't say", "I never said",
"that's not to say"), or only says that something need not stay as it is ("isn't set in
stone", "doesn't have to stay as it is / where it is / the same"), is set aside from every
intent none of whose examples leaves the door open so.

Not read so: a no with a reason ("I'm saying no because the rota is fixed"), a move after a
clause break ("The rota isn't set in stone; I can swap your Friday": a clause of its own),
"That doesn't mean we'll cut it" (a hedge that may refuse: read as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_readings import substrings
from .memo import reading

_OPEN = r"\W*(?:(?:look|listen|honestly|and|so|well|now|to\s+be\s+clear|mind\s+you)\W+){0,2}"
_DENIES = re.compile(
    _OPEN + r"(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+not\s+saying"
    r"|(?:i|we)\s+(?:didn['’]t|did\s+not|never)\s+say"
    r"|(?:i|we)\s+never\s+said"
    r"|(?:that|this|it)(?:['’]s|\s+is)\s+not\s+to\s+say"
    r"|(?:that|this|it)\s+isn['’]t\s+to\s+say)\b",
    re.IGNORECASE,
)
_OPEN_RULE = re.compile(
    r"\b(?:(?:isn['’]t|is\s+not|aren['’]t|are\s+not|not|nothing(?:['’]s|\s+is)?|none\s+of\s+"
    r"(?:it|this)\s+is)\s+(?:\w+\s+)?set\s+in\s+stone"
    r"|(?:(?:doesn['’]t|don['’]t|does\s+not|do\s+not|needn['’]t|need\s+not)\s+(?:have|need)\s+to"
    # "I don't think the sessions have to stay as they are"
    r"|(?:don['’]t|do\s+not)\s+think\s+(?:[\w'’-]+\s+){1,6}?(?:has|have|need|needs)\s+to)"
    r"\s+(?:stay|remain|be|look)\s+(?:exactly\s+|quite\s+)?(?:as\s+(?:it|they)\s+(?:is|are)"
    r"|the\s+same|where\s+(?:it|they)\s+(?:is|are)|like\s+(?:this|that)|fixed))",
    re.IGNORECASE,
)
# a clause after it, which may make a move of its own
_MORE = re.compile(r"[;:—–]|\s-+\s|,\s*(?:but|and|so|i|we|let['’]?s|you)\b", re.IGNORECASE)
_WORDS = ("not saying", "say", "said", "stone", "have to stay", "need to stay",
          "have to remain", "need to remain", "have to be", "need to be", "have to look",
          "has to stay", "has to remain", "has to be", "needs to stay", "needs to remain")  # fmt: skip
_FOUND = substrings(_WORDS)


def may_leave_open(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every such part needs."""
    return _FOUND.search(lowered) is not None


@reading
def leaves_open(text: str) -> bool:
    """A part that denies having said something or says a rule need not stay as it is, and
    makes no move after a clause break (see the module docstring); never a question."""
    if text.rstrip().endswith("?"):
        return False
    found = _DENIES.match(text)
    if found is None:
        found = _OPEN_RULE.search(text)
    return found is not None and _MORE.search(text, found.end()) is None


def leaving_open(examples: Sequence[str]) -> bool:
    """Whether an intent's examples leave the door open so (one is enough)."""
    return any(_DENIES.match(e) is not None or _OPEN_RULE.search(e) for e in examples)
