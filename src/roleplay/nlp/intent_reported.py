"""Someone else's words passed on are not the speaker's move (issue 12).

"My boss said we'd cover it", "Legal told me they'd sign it off next week", "According to
finance, we'll absorb the cost", "The client said they would give us more time" hold the words
of a move ("we'd cover it", "we'll absorb the cost") inside a report of what a third party
said, thinks or promised. The encoder hears the move and not who said it, and such reports met
commitments, offers, concessions and apologies in three to seven of twenty sets. The speaker
commits to nothing: they pass on a message (which may be true, hoped or a pretext).

A part that opens with a third party's report (:func:`reports`: a subject that is not the
speaker nor the person spoken to, nor the speaker's own team - "my boss", "legal", "the
client", "she", "Priya" - then "said", "told me", "thinks", "promised", "mentioned",
"suggested", "reckons", "claims"; not "says", which a policy or a plan does: "The policy says
25% at most" cites a rule and still refuses), holds no negation ("Legal said no" passes on a
no the speaker holds) and makes no move of the speaker's own after it (", so I'll ...",
"; we can ..."), is barred from every intent none of whose examples reports a third party's
words the same way (an intent written as "hiding behind the boss" - "My VP says it has to
ship" - still meets it). The speaker's own report ("I said we'd cover it", "As I told you,
we'll phase it") and what the person spoken to said ("You said you could live with a phase")
are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .negation import is_negative

# the cheap first check, on the lowered reply: every report holds one of these
_WORDS = re.compile(r"said|told|tells|think|reckon|claim|promis|mention|suggest|insist|assur")

_LEAD = r"^\W*(?:(?:so|and|but|well|look|honestly|apparently|actually|also|oh|anyway)\W+)*"
# a third party as the subject: a possessed role or group, a named team, a pronoun, a name
_WHO = (
    r"(?:(?:two|three|four|several|some|a few|many|most|all|both|one|a couple) of (?:the|my|our"
    r"|his|her|their) (?:[\w'’]+ ){0,2}?\w+"
    r"|(?!(?:my|our) (?:\w+ )?(?:team|people|engineers|developers|staff|side|crew|folks)s?\b)"
    r"(?:my|our|the|his|her|their|your|another) (?:[\w'’]+ ){0,2}?\w+|legal|finance|procurement|hr"
    r"|security|compliance|management|leadership|accounts|payroll|he|she|they"
    r"|(?!(?:i|we|you|it|this|that|there|what|which|who|if|when|as|maybe|perhaps|just|please|do"
    r"|don|really|still|never|always|some|many|most|nobody|no|one|anyone)\b)[a-z]\w+)"
)
# a person's word (not "says", which a plan or a policy does: "The policy says 25% at most"
# cites a rule and still refuses)
_VERB = (
    r"(?:said|told (?:me|us|him|her|them)|tells (?:me|us)|has told (?:me|us)|thinks?"
    r"|reckons?|claims?|claimed|promised|mentioned|suggested|insists?|insisted|assured (?:me|us)"
    r"|(?:has|have) (?:said|promised|agreed))"
)
# the lead, the third party and a move of the speaker's own after: :mod:`.intent_done` reads
# a third party's move the same way
LEAD, WHO = _LEAD, _WHO
_REPORT = re.compile(
    _LEAD + _WHO + r"\s+(?:already\s+|also\s+|just\s+)?" + _VERB + r"\b",
    re.IGNORECASE,
)
# a move of the speaker's own after the report: ", so I'll ...", "; we can ...", ". Let's ..."
_OWN_MOVE_AFTER = re.compile(
    r"(?:[;:.!?]|,\s*(?:so|and|but|which means|then)\b)\s*(?:so\s+|and\s+|then\s+)?(?:i|we|let['’]?s"
    r"|let (?:me|us))\b",
    re.IGNORECASE,
)
OWN_MOVE_AFTER = _OWN_MOVE_AFTER


def may_report(lowered: str) -> bool:
    """The cheap first check of :func:`reports` on a lowered reply."""
    return _WORDS.search(lowered) is not None


def reports(text: str) -> bool:
    """The part passes on a third party's words and makes no move of the speaker's own after
    them (see the module docstring)."""
    found = _REPORT.match(text)
    if found is None or _OWN_MOVE_AFTER.search(text, found.end()) is not None:
        return False
    return not is_negative(text)  # "Legal said no": the speaker passes on a no and holds it


# a report anywhere in an example, after a subject other than the speaker (read loosely: an
# intent one of whose examples passes on someone's word in any shape may meet a report)
_REPORTED_ANYWHERE = re.compile(
    r"\b(?!(?:i|we)\s)(?:[\w'’]+)\s+(?:already\s+|also\s+|just\s+)?" + _VERB + r"\b",
    re.IGNORECASE,
)


def reporting(examples: Sequence[str]) -> bool:
    """One of the intent's examples passes on a third party's words ("Two of the juniors told
    me they're afraid to open pull requests"): a report may meet it."""
    return any(_REPORTED_ANYWHERE.search(e) is not None for e in examples)
