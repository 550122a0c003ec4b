"""A move already made by someone else, or by the speaker long before, is no move now (issue 12).

"Finance already agreed to the delay", "The client already approved the budget",
"Procurement already gave them a discount", "HR already offered her a raise" hold the words
of a concession or an offer ("agreed to the delay", "gave them a discount") in a statement of
what a third party has done. The encoder hears the move and not who made it, nor when, and
such statements met concessions, offers, trades and requests for money in four to seven of
the readable sets. The speaker makes no move: they tell a fact (which may be an argument, a
precedent or a pretext). The same holds of the speaker's own move told at a time before the
conversation ("Back in March we hosted everything in the US", "In 2022 we gave them a
discount", "When I was at the trust we swapped shifts all the time"): a story, not a
concession now.

:func:`done_before` reads a part that

* opens with a third party as its subject (the subjects :mod:`.intent_reported` reads: "my
  boss", "legal", "the client", "she", "Priya"; not the speaker, the person spoken to, nor the
  speaker's own team: "My team already built the adapter" is the speaker's side giving it)
  followed by a verb in the past ("agreed", "approved", "gave", "has signed", "took"), or
* tells the speaker's own past move ("we hosted", "I gave") after a time before the
  conversation that the mood readings do not already read as a story ("back in March", "in
  2022", "when I was at ...", "at my old job"),

holds no negation ("Legal never approved it" passes on a no, which the refusal readings
read), and makes no move of the speaker's own after it (", so I'll ...", "; we can ...",
"... and we could do the same"). Such a part is barred from every intent none of whose
examples tells a move already made the same way (an intent of blaming someone else's past
move, "The vendor's login service fell over", still meets it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_reported import LEAD, OWN_MOVE_AFTER, WHO
from .memo import reading
from .negation import is_negative

# the cheap first check, on the lowered reply: a past verb ("-ed", an irregular one) or a time
# before the conversation; almost every reply holds one, so it only spares the patterns below
# the replies that hold none
# past forms that are no present, noun or adjective too ("cut", "set", "let", "put" are left out)
_IRREGULAR = (
    r"gave|took|sent|made|kept|paid|got|went|came|did|brought|bought|built|chose|found|held"
    r"|left|lost|met|ran|sold|spent|won|wrote|fell|broke|forgot|threw|sat|stood|led|lent|swore"
    r"|withdrew|overrode|upheld|began"
)
# participles, read only after "has / have / had"
_PARTICIPLE = r"given|taken|gone|done|chosen|written|broken|thrown|gotten|begun|cut|set|put|let"
_CHEAP = re.compile(
    r"ed\b|\b(?:" + _IRREGULAR + r"|" + _PARTICIPLE + r"|back in|when i was|at my|always|usually"
    r"|often|normally|typically|generally|regularly|routinely|constantly)\b"
)

# a verb in the past, after an optional adverb and "has / have / had"
_ADVERB = r"(?:(?:already|also|just|only|finally|even|recently|actually|apparently|once|since)\s+)*"
_PAST = (
    _ADVERB
    + r"(?:(?:has|have|had)\s+"
    + _ADVERB
    + r"(?:[a-z]{2,}ed|"
    + _IRREGULAR
    + r"|"
    + _PARTICIPLE
    + r")|(?:[a-z]{2,}(?<!need)(?<!seed)(?<!feed)(?<!speed)(?<!bleed)ed|"
    + _IRREGULAR
    + r"))\b"
)
# what may not be the subject: a determiner before a word in "-ed" ("the capped discount"), a
# question word or a conjunction ("How did ...", "but let's"), an adverb in "-ly"
_NOT_A_SUBJECT = (
    r"(?!(?:the|an?|your|these|those|each|every|any|no|another)\s+[a-z]+ed\b)"
    r"(?!(?:how|why|where|when|whom|whose|and|but|or|so|because|yet|then|nor|once|since"
    r"|until|unless|although|though|while|whether|please|thanks|sorry)\b)(?![a-z]+ly\b)"
)
# a subject that ends in a copula or a modal ("The budget is fixed", "The agent should have
# flagged it") tells a state or what should have been, and one that holds the speaker or the
# person spoken to is a relative clause ("the design you signed", "The migration I ran
# reduced spend": the speaker's own work)
_NO_MOVER = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|get|gets|got|feel|feels|felt|seem|seems|seemed"
    r"|look|looks|looked|should|would|could|must|might|may|will|can|shall|ought to|to)\s*$"
    r"|\s(?:i|you|we|me|us|it)\b",
    re.IGNORECASE,
)

# what a third party did that is a move of the kind intents name: giving, agreeing, changing a
# plan or a price ("agreed", "approved", "gave", "moved", "phased", "waived"); not a failure or
# a fault ("missed the deadline", "dropped the ball", "crossed a line"), which blames them
_MOVE_STEM = (
    r"(?:agre|approv|accept|sign|offer|grant|allow|extend|mov|shift|push|delay|postpon|phas"
    r"|swapp|cover|fund|waiv|discount|reduc|rais|increas|add|host|releas|shipp|committ|conced"
    r"|back|okay|ok['’]|authori[sz]|sanction|confirm|decid|renew|hir|assign|book|schedul"
    r"|reschedul|cancell?|lift|relax|refund|credit|compensat|absorb|capp|froz|freez|dropp"
    r"|trimm|slash|halv|doubl|allocat|reassign|trad|lock|guarante|match|promis|green-?light"
    r"|clear|sort|settl|arrang|organi[sz]|volunteer|stepp|pick|chang|reopen|open|clos|pay"
    r"|launch|deliver|creat|design|develop|present|receiv|start|quot|apologi[sz]|test|fix"
    r"|replac|updat|upgrad|install|redesign)"
)
# (not a fault or a while: "dropped the ball", "kept interrupting", "took so long")
_MOVED = (
    r"(?:" + _MOVE_STEM + r"(?:ed|d)|gave|took|sent|made|kept|paid|bought|chose|lent|froze"
    r"|built|ran|got|won|redid|rebuilt|began)"
    r"(?!\s+(?:the ball|[a-z]+ing\b|so long|too long|ages|forever|a while))"
)
_THEIR_MOVE = (
    _ADVERB
    + r"(?:(?:has|have|had)\s+"
    + _ADVERB
    + r"(?:"
    + _MOVED
    + r"|given|taken|chosen|cut|set|let|put|split)|"
    + _MOVED
    + r")\b"
)
# a third party did it: "Finance already agreed to the delay", "The client approved the budget";
# or does it as a habit: "Marketing always needs more budget", "Sales usually gets a discount"
_HABIT = r"(?:always|usually|often|normally|typically|generally|regularly|routinely|constantly)"
_THEY_DID = re.compile(
    LEAD
    + _NOT_A_SUBJECT
    + r"(?P<who>"
    + WHO
    + r")\s+(?:"
    + _THEIR_MOVE
    + r"|"
    + _HABIT
    + r"\s+[a-z]+s\b)",
    re.IGNORECASE,
)
# a time before the conversation, which the mood readings do not read as a story already
# (they read "last year", "two months ago", "yesterday", "in the past", "back then")
_THEN = (
    r"(?:back in (?:the )?[a-z0-9]+|in (?:19|20)\d\d|when (?:i|we) (?:was|were) (?:at|in|with"
    r"|on)\b[^,;]*|at (?:my|our) (?:old|previous|former|first|last) (?:job|company|place|employer"
    r"|firm|team|hospital|school|practice|store|site)|(?:years|ages) back)"
)
# ... and the speaker told their own past move after it: "Back in March we hosted everything"
_WE_DID_THEN = re.compile(
    LEAD + _THEN + r"\s*,?\s*(?:i|we)\s+(?:" + _PAST + r"|(?:let|cut|set|put|split)\b)",
    re.IGNORECASE,
)
# ... or before it: "We hosted everything in the US back in March"
_WE_DID = re.compile(LEAD + r"(?:i|we)\s+" + _PAST, re.IGNORECASE)
_THEN_AFTER = re.compile(r"\b" + _THEN, re.IGNORECASE)
# a move now in the same part: "..., and we could do the same", "... - so let's"
_MOVE_NOW = re.compile(
    r"\b(?:will|would|could|can|shall|let['’]?s|let us|going to|happy to|willing to)\b"
    r"|['’](?:ll|d)\b",
    re.IGNORECASE,
)


def _they_did(text: str) -> re.Match[str] | None:
    """A third party as the subject, then a verb in the past (see _THEY_DID)."""
    found = _THEY_DID.match(text)
    if found is None or _NO_MOVER.search(found.group("who")) is not None:
        return None
    return found


def may_be_done(lowered: str) -> bool:
    """The cheap first check of :func:`done_before` on a lowered reply."""
    return _CHEAP.search(lowered) is not None


# what a part that tells no one else's move opens with: the speaker, the person spoken to, a
# question word, an assent (read first, with no pattern: most parts open so)
_NOT_THEIRS = frozenset(
    """
    you you're you'll you've you'd let's lets please can could would will shall
    should what how why when where who which is are do does did have has sure ok okay yes yeah
    no not that this it it's that's there there's thanks thank sorry if maybe perhaps
    """.split()
)
_SPEAKER = frozenset("i i'm i'll i've i'd im ive we we're we'll we've we'd".split())
_THEN_WORDS = re.compile(
    r"back in|when (?:i|we) w|at (?:my|our) |years back|ages back| in (?:19|20)"
)


@reading
def done_before(text: str) -> bool:
    """The part tells a move a third party has made, or one the speaker made at a time before
    the conversation, and makes no move of the speaker's now (see the module docstring); a
    question tells nothing."""
    if text.rstrip().endswith("?"):
        return False
    lowered = text.lower()
    if _THEN_WORDS.search(lowered) is None:  # no time before the conversation named
        words = lowered.replace("’", "'").split(None, 1)
        first = words[0].strip(",.;:!-\"'") if words else ""
        # the speaker's own move, the person spoken to, a question word, an assent
        if first in _NOT_THEIRS or first in _SPEAKER:
            return False
    found = _they_did(text) or _WE_DID_THEN.match(text)
    if found is None:
        ours = _WE_DID.match(text)
        if ours is None or _THEN_AFTER.search(text, ours.end()) is None:
            return False
        found = ours
    rest = text[found.end() :]
    if OWN_MOVE_AFTER.search(rest) is not None or _MOVE_NOW.search(rest) is not None:
        return False
    return not is_negative(text)


_CLAUSE = re.compile(r"[.;:!?]+\s*|,\s*|\s+[-–—]\s+")


def telling_done(examples: Sequence[str]) -> bool:
    """One of the intent's examples tells a move already made the same way in one of its
    clauses, whatever follows ("The vendor's login service fell over, it wasn't our code"
    blames one): such a part may meet it."""
    return any(
        _they_did(clause) is not None or _WE_DID_THEN.match(clause) is not None
        for e in examples
        for clause in _CLAUSE.split(e)
    )
