"""Doing it alone is not doing it together (issue 12).

"I'll take it to your VP myself" and "I'll talk to Aisha on my own and sort it" share their
words (VP, talk, Aisha) with the move of doing it with the other person ("We could take it
upstairs together, as one team", "Let's sit down with Aisha together"), and the encoder, which
reads words and not who takes part, put them beside it. A part in which the speaker acts alone
(:func:`alone`: "myself", "on my own", "by myself", "alone", "without you", "leave it with me")
in a reply that names no one acting with them anywhere (:func:`names_a_partner`: "together",
"with you", "both of us", "the two of us", "come along", "you and me", "jointly", "as a team")
is barred from an intent that is a joint move (:func:`joint`): one of
whose examples at least JOINT_SHARE say it is done together, and none says it is done alone.
An intent any of whose examples acts alone still meets it ("I'll handle it myself" beside "Leave
it with me").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

JOINT_SHARE = 0.5

_ALONE = re.compile(
    r"\b(?:(?:i|we)(?:['’](?:ll|d|m|re)| will| would| can| could| am| are)?\b[^.;?!]*?\b"
    r"(?:myself|ourselves|on (?:my|our) own(?! (?:terms|time|schedule|initiative|account|budget"
    r"|merits|money)\b)|by (?:myself|ourselves)|alone|single-handed(?:ly)?)"
    r"|without you\b|leave (?:it|this|that) (?:with|to) me)\b",
    re.IGNORECASE,
)
_ALONE_WORDS = re.compile(r"self|selves|own|alone|without you|leave|single")
_JOINT = re.compile(
    r"\b(?:together|jointly|with (?:you|us|each other|both)|(?<!leave it )(?<!leave this )"
    r"(?<!leave that )with me|you and (?:i|me)|(?:the )?(?:two|both) of us|come along|alongside"
    r"|along with|(?:the )?both of"
    r" us|between us|as (?:a|one) team|side by side|joint)\b",
    re.IGNORECASE,
)


def may_be_alone(lowered: str) -> bool:
    """The cheap first check of :func:`alone` on lowered text."""
    return _ALONE_WORDS.search(lowered) is not None


def alone(text: str) -> bool:
    """The part has the speaker act alone and names no one acting with them (see the module
    docstring)."""
    if not may_be_alone(text.lower()):  # most parts say nothing of who takes part
        return False
    return _ALONE.search(text) is not None and _JOINT.search(text) is None


def names_a_partner(text: str) -> bool:
    """``text`` names someone acting with the speaker ("together", "with you", "the two of
    us", "come along", ...): a reply that does so anywhere has no part made alone."""
    return _JOINT.search(text) is not None


def joint(examples: Sequence[str]) -> bool:
    """The intent is a joint move: JOINT_SHARE of its examples say it is done together, and
    none has the speaker act alone."""
    if not examples or any(alone(e) for e in examples):
        return False
    n = sum(1 for e in examples if _JOINT.search(e) is not None)
    return n >= JOINT_SHARE * len(examples)
