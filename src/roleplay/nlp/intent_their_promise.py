"""Someone else's promise is not the speaker's move (issue 12).

"Legal will send you the pricing options by noon", "The PM will put the revised scope in
writing tomorrow", "The charge nurse will be on the ward at seven" hold every word of a
commitment ("I'll send you the options by noon") but promise a third party's act, not the
speaker's: the encoder hears the move and not who makes it, and each met the commitment intent
of its scenario. :mod:`.intent_done` reads a third party's move already made; this reads one
still to come.

:func:`promised` reads a part that opens with a third party who acts (a role or a department:
"the PM", "legal", "my manager", "the contractor", "their sous chef", "another vendor", "he",
"she", "they"; not the speaker, the person spoken to, the speaker's own team, nor a thing: "The
cut will come in two steps" offers a phased cut) followed by "will", "'ll" or "is / are going
to", holds no negation (a passed-on no is read as a no), is no question, and makes no move of
the speaker's after it (", so I'll ...", "and we can ..."). Such a part is barred from every
intent none of whose examples tells a third party's promise the same way (an intent of sending
them to someone else, "Your account manager will call you back", still meets it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_readings import DEPARTMENT, ROLE
from .intent_reported import OWN_MOVE_AFTER
from .memo import reading
from .negation import is_negative

# who acts: a role or a department, after a determiner, or a third person
_ROLE, _DEPARTMENT = ROLE, DEPARTMENT
_OWN_SIDE = r"(?:team|people|engineers|developers|staff|crew|folks|side|group|department)s?"
_WHO = (
    r"(?:(?:the|my|your|their|his|her|our|another|the other|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    + _ROLE
    + r"|(?:their|his|her|another|the other)\s+(?:[\w'’-]+\s+){0,2}?"
    + _OWN_SIDE
    + r"|(?:the\s+)?"
    + _DEPARTMENT
    + r"(?:\s+team)?|he|she|they|someone else|somebody else)"
)
_LEAD = r"^\W*(?:(?:ok|okay|so|well|look|honestly|anyway|also|and|but|just so you know)\W+)*"
_PROMISE = re.compile(
    _LEAD
    + r"(?!(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?"
    + _OWN_SIDE
    + r"\b)(?P<who>"
    + _WHO
    + r")(?:['’]ll|\s+will|\s+(?:is|are)\s+going\s+to|\s+(?:is|are)\s+gonna)"
    + r"(?:\s+(?:also|then|still|definitely|probably|happily|personally))?\s+(?!not\b|be\s+\w+ed\b)",
    re.IGNORECASE,
)
_THREAT = re.compile(
    r"\b(?:if|unless|otherwise|or else|next time|one more|again)\b|\b(?:hear (?:about|of)"
    r"|get involved|be involved|be (?:informed|notified|told|copied)|find out|take (?:it|this|that)"
    r"(?: further| up)?|take action|know about)\b",
    re.IGNORECASE,
)
# every form holds one of these (checked first, on the lowered reply)
_WORDS = re.compile(r"will|['’]ll|going to|gonna")


def may_promise(lowered: str) -> bool:
    """The cheap first check of :func:`promised` on a lowered reply."""
    return _WORDS.search(lowered) is not None


@reading
def promised(text: str) -> bool:
    """The part promises a third party's act and makes no move of the speaker's (see the
    module docstring)."""
    if text.rstrip().endswith("?"):
        return False
    found = _PROMISE.match(text)
    if found is None:
        return False
    if OWN_MOVE_AFTER.search(text, found.end()) is not None:
        return False
    # a consequence for them is the speaker's threat, made through someone else ("HR will
    # hear about this", "Your manager will get involved if it happens again")
    if _THREAT.search(text, found.end()) is not None:
        return False
    return not is_negative(text)


_CLAUSE = re.compile(r"[.;:!?]+\s*|,\s*|\s+[-–—]\s+|\s+(?:and|so|then)\s+")


def promising(examples: Sequence[str]) -> bool:
    """One of the intent's examples promises a third party's act in one of its clauses: such a
    part may meet it."""
    return any(_PROMISE.match(clause) is not None for e in examples for clause in _CLAUSE.split(e))
