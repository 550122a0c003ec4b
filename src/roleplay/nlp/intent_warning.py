"""The move named as the cause of past harm is a warning, no move of the intent's (issue 12).

"Skipping the review is exactly what got the other team fined.", "Sharing logins is how the
last breach happened.", "Hosting in the US is what got them fined last year.": the speaker
names the move (an "-ing" phrase as the subject) only to say what it led to. Read as
sentences, such parts hold the move's words: "Skipping the review is exactly what got the other
team fined." met a data team's `skip_review` and an intent in 7 readable sets (owning it, an
apology, keeping someone out).

A part that opens with an "-ing" phrase of a few words followed by "is / was (exactly /
precisely / just) what / how / why" and a verb in the past, or "how ... happen(s/ed) / end up
/ get(s) fined ...", is set aside from every intent that does not say no
(:func:`.intent_refusal.refusing`) and none of whose examples warns so: like a challenge, it
may still meet a refusal.

Not read so: "Phasing the cut is what I'd suggest" (the speaker's own proposal: "what I / we
..."), "Phasing it is how we keep the launch" (a present reason for a move, no harm in the
past), a question.
"""

from __future__ import annotations

import re

from .intent_part import PartReading

_WARNS = re.compile(
    r"\W*(?:(?:look|honestly|well|and|but|so|remember)\W+){0,2}"
    r"(?!(?:some|no|any|every)thing\b)[a-z]{2,}ing\b(?:\s+[\w'’-]+){0,5}?\s+(?:is|was|['’]s)\s+"
    r"(?:exactly\s+|precisely\s+|just\s+|literally\s+)?(?:what|how|why)\s+"
    r"(?!(?:i|we|you)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:got|led|caused|put|landed|broke|cost|sank|killed|started|happened|went\s+wrong"
    r"|end(?:s|ed)?\s+up|get(?:s)?\s+(?:fined|sued|hurt|fired|hacked|breached|caught))\b",
    re.IGNORECASE,
)


# what every warning holds (checked first on the whole reply, in lower case): one search
_FOUND = re.compile(
    r"(?:is|was|['’]s)\s+(?:exactly\s+|precisely\s+|just\s+|literally\s+)?(?:what|how|why)\s"
)

# a part that names the move as the cause of past harm; an intent one of whose examples warns
# so keeps meeting it
_PART = PartReading(_FOUND, _WARNS)
warns_of = _PART.reads
warning = _PART.held_by


def may_warn(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) may hold such a warning."""
    return "ing " in lowered and _PART.may(lowered)
