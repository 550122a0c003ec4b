"""A proposal tied to what they told you: it names how it meets their interest in their terms.

"Moving off the legacy warehouse would cut that licence line, and the new platform produces the
access logs the auditors want" (to a CIO who named the licence cost and the auditors) answers the
interests the partner revealed; the cue layer credited only the words it shared with them
(listening), nothing for collaboration. A statement is tied to their interest when it proposes,
offers or trades (a clear act, or a benefit put as what the plan would do: "would cut / save /
give / cover / protect ...") and picks up at least two content words of their line. Once per
reply; not in a question (an option asked is credited as a proposal already), a concrete next
step (credited already: next_step.py), a stock phrase, a repeat, or a hostile reply.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.content_words import COMMON_WORDS
from roleplay.scoring.next_step import is_next_step
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.sentence_checks import plain_statement
from roleplay.scoring.sentences import Sentence

INTEREST_UNITS = 1.0  # collaboration, in cue units
PROPOSING = frozenset({"proposal", "trade", "offer_help", "concession"})
PROPOSING_STRENGTH = 0.6
BENEFIT = caseless(
    r"\b(?:would|will|could|that'll|it'll|which)\s+(?:\w+\s+)?(?:cut|save|saves|reduce|give|fix|"
    r"solve|cover|protect|meet|close|free up|clear|retire|remove|answer|produce|unblock|shorten|"
    r"lower|pay for|take(?: \w+){1,3} off)\b"
)
_WORD = re.compile(r"[a-z]{5,}")
# the common words that name no content, and fillers
COMMON = COMMON_WORDS | frozenset(
    "something anything everything nothing because honestly actually".split()
)


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in COMMON}


@per_partner_line
def _partner_stems(partner: str) -> frozenset[str]:
    return frozenset(_stems(partner))


def tied_to_interest(sentences: list[Sentence], partner: str, hostile: bool) -> Sentence | None:
    """The first statement that proposes in terms of what they said they need."""
    if hostile or not partner:
        return None
    theirs: frozenset[str] | None = None  # their content words, read when a sentence proposes
    for s in sentences:
        if not plain_statement(s):
            continue
        proposes = (
            s.act.act in PROPOSING and s.act.strength >= PROPOSING_STRENGTH
        ) or BENEFIT.search(s.text) is not None
        if not proposes or is_next_step(s):
            continue  # a dated next step is credited already (next_step.py)
        if theirs is None:
            theirs = _partner_stems(partner)
        if len(_stems(s.text) & theirs) >= 2:
            return s
    return None
