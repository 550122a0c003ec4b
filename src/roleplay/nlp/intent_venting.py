"""Letting off steam is no move (issue 12).

"I don't get paid enough for this.", "They don't pay me enough to deal with this", "Some days I
wonder why I took this job", "Living the dream, as they say", "Ha, at least it's not Monday",
"Have you tried turning the budget off and on again?", "Maybe we should sacrifice a goat to the
server gods": a complaint about the speaker's own lot, or a stock joke, says nothing about what
was asked. Read as sentences they hold a negator and the scenario's words, so they met refusals
(the pay complaint met a refusal or a defence in eight of the twenty readable sets), offers and
owning intents. A part that only vents is set aside from every intent none of whose examples
vents (an intent written to catch the learner grumbling keeps meeting it).

Not venting: a reason given for a no about what was asked ("I'm not paid enough to cover your
weekend as well" refuses the weekend), or a complaint about them ("You never listen").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_readings import substrings
from .memo import reading

_NOT = r"(?:don['’]?t|do not|doesn['’]?t|does not|didn['’]?t|not|never|aren['’]?t|isn['’]?t)"
# what a pay complaint may end on: nothing, or only "this", "that" ... ("for this", "to deal
# with any of this"); anything else is what the speaker is not paid to do, a reason for a no
_THIS = (
    r"(?:\s+(?:for|to\s+(?:deal|put\s+up|cope)\s+with)\s+(?:all\s+|any\s+of\s+)?(?:this|that|it"
    r"|these\s+\w+|this\s+\w+))?\s*(?:[.!?…]+\s*)*$"
)
_VENTS = re.compile(
    # the speaker's pay
    rf"\b{_NOT}\s+(?:get\s+|getting\s+|being\s+)?paid\s+enough{_THIS}"
    rf"|\b{_NOT}\s+pay\s+(?:me|us)\s+enough{_THIS}"
    r"|\bunderpaid\b"
    # the speaker's job
    r"|\bwhy\s+(?:did\s+)?(?:i|we)\s+(?:ever\s+)?(?:took|take|chose|choose|signed\s+up\s+for"
    r"|sign\s+up\s+for|applied\s+for|apply\s+for)\s+(?:this|the)\s+(?:job|role|gig|career)\b"
    r"|\bnot\s+what\s+(?:i|we)\s+signed\s+up\s+for\b"
    # stock jokes
    r"|\bliving\s+the\s+dream\b"
    r"|\b(?:at\s+least|thank\s+(?:god|goodness))\s+it['’]?s\s+not\s+(?:a\s+)?(?:monday|friday)\b"
    r"|\b(?:turn(?:ing|ed)?|switch(?:ing|ed)?)\s+(?:\w+\s+){0,3}off\s+and\s+(?:back\s+)?on\s+again\b"
    r"|\bsacrific(?:e|ing)\s+(?:a|an|some)\s+\w+\s+to\s+the\s+\w+\s+gods\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\W*(?:[\w'’]+\W+){0,5}")
# every form of _VENTS holds one of these (checked first on the whole reply)
_WORDS = ("paid", "pay me", "pay us", "underpaid", "job", "role", "gig", "career",
          "signed up", "dream", "monday", "friday", "on again", "gods")  # fmt: skip
_FOUND = substrings(_WORDS)


def may_vent(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every venting form needs."""
    return _FOUND.search(lowered) is not None


@reading
def vents(text: str) -> bool:
    """A part that only lets off steam: a complaint about the speaker's own pay or job, or a
    stock joke (see the module docstring)."""
    found = _VENTS.search(text)
    # the part is the complaint, after a few words at most ("Honestly, I'm ...", "Some days I
    # wonder ..."), not a move that ends on one ("I can do two nights, even if they don't pay
    # me enough")
    return found is not None and _LEAD.fullmatch(text, 0, found.start()) is not None


def venting(examples: Sequence[str]) -> bool:
    """Whether an intent's examples vent (one is enough): such an intent keeps meeting it."""
    return any(vents(e) for e in examples)
