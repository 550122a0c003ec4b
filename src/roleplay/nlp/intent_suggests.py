"""A suggestion that they see to it themselves is no move of the speaker's (issue 12).

"You could try ringing your doctor, I suppose.", "You could always ask finance yourself.",
"You might try the other branch.", "You can always email the vendor directly.": the speaker
points them to someone else and does nothing. Read as sentences, such parts share the words of
the speaker's own move ("I'll ring your GP", "I'll email the vendor") and met it: "You could
try ringing your doctor, I suppose." met a pharmacy's `arrange_travel_supply`, and each met an
intent in 3-5 readable sets.

A part whose subject is the person spoken to (or their team), with "could / might / can" and a
verb of going to someone else (try, ask, ring, call, email, contact, speak to, go to, check
with, raise it with ...) is set aside from the intents that are the speaker's own move (half
or more of their examples have the speaker act, none is a demand: :func:`.intent_stance.own_move`),
as a demand is.

Not read so: "You can have the refund today" (the speaker gives), "You could move to the
Tuesday slot" (a proposal to them: not a verb of going elsewhere), a question ("Could you ask
finance?": a request, read as such).
"""

from __future__ import annotations

import re

from .intent_part import PartReading

_SUGGESTS = re.compile(
    r"\W*(?:(?:well|look|honestly|i\s+mean|maybe|perhaps|otherwise|or)\W+){0,2}"
    r"(?:you|your\s+(?:team|manager|boss|department|office|people|side|gp|doctor))"
    r"\s+(?:could|might|can|may)\s+(?:always\s+|just\s+|maybe\s+|also\s+|perhaps\s+|still\s+){0,2}"
    r"(?:try|ask|ring|call|phone|email|e-mail|contact|speak|talk|go\s+to|go\s+through|check\s+with"
    r"|look\s+(?:at|into|for|elsewhere|online)|raise\s+it|escalate|apply|submit|write\s+to"
    r"|get\s+in\s+touch|take\s+it\s+up|chase|google|search)\b",
    re.IGNORECASE,
)
_WORDS = ("could", "might", "can", "may")

# a part that points them to someone else to see to it
_PART = PartReading(_WORDS, _SUGGESTS)
suggests_they_go = _PART.reads


def may_suggest(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every such part needs."""
    return "you" in lowered and _PART.may(lowered)
