"""Pointing them elsewhere for what they need (docs/scoring.md rule 39).

Undervaluing the partner's need (CaSiNo's uv_part) has three forms (rule 20): doubting their
need, ranking it below one's own, and pointing them to another source or way to meet it ("Your
ward has other imaging options", "Perhaps you could buy some on the way", "Have her bring her
own food"). The third is a claim on a shared resource, not a judgement of how they feel: on the
CaSiNo TRAIN split the turns that point the partner elsewhere were labelled as showing empathy
about seven times as often as the average turn ("Aww I'm sorry to hear that, it sounds like it
might be better to have her bring her own food"). So it is its own cue, `other_source`: it costs
collaboration and puts the reply across the table, and costs no empathy.

It is a claim only when something is claimed: their line asks for or states a need ("We need
three extra clinic slots", "Can I have the van on Friday?") or the reply claims something for the
speaker's side ("I need ...", "we'd like the ...", "I could use ...", "I'll take ...", "our team
needs ...", "it would be great to get ..."). "Maybe you could ask your GP for a referral" to
someone worried about a lump is a suggestion (the cue layer's advice rules read it), not a move
across the table: without a claim the cue counts for nothing.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText

FEATURE = "other_source"

_ADVERBS = r"(?:really |also |still |definitely |greatly |do |just |truly |only |actually )*"
# The speaker's side claims something: a need, a want for something, a use, a hope to get it,
# taking or keeping it.
_CLAIM = re.compile(
    r"\b(?:i|we)(?:'d| would| will|'ll)? " + _ADVERBS + r"(?:need|needs|require)\b|"
    r"\b(?:i|we)(?:'d| would) " + _ADVERBS + r"(?:like|love|prefer|appreciate)"
    r" (?:to (?:get|have|take|keep)\b|(?:the|some|more|extra|an?|all|two|three|both|\d)\b)|"
    r"\b(?:i|we) (?:could|can) " + _ADVERBS + r"use\b|"
    r"\b(?:i|we)(?:'m| am|'re| are| was| were) " + _ADVERBS + r"hoping (?:to|for)\b|"
    r"\b(?:i|we)(?:'ll| will) " + _ADVERBS + r"(?:take|keep)\b|"
    r"\b(?:my|our) (?:\w+ )?(?:need|needs|requires)\b|"
    r"\b(?:awesome|great|nice|helpful|good|ideal) (?:for (?:me|us) )?to (?:get|have|keep)\b"
)

# Their line asks for something or states a need for it.
_THEIR_NEED = re.compile(
    r"\b(?:need|needs|needed|want|wants|require|requires|asking for|ask for)\b|"
    r"\b(?:can|could|may) (?:i|we) (?:have|get|take|keep|borrow|use)\b",
    re.IGNORECASE,
)


def claims_for_self(lower: str) -> bool:
    """True when the (lower-cased) reply claims something for the speaker's side."""
    return _CLAIM.search(lower) is not None


def something_claimed(partner: str, lower: str) -> bool:
    """Their line asks for or states a need, or the (lower-cased) reply claims something for
    the speaker's side (rules 39 and 320)."""
    return _THEIR_NEED.search(partner) is not None or claims_for_self(lower)


def without_unclaimed(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """`hits` without the `other_source` cue when nothing is claimed (their line asks for no
    need, the reply claims nothing for the speaker): pointing them elsewhere is then a
    suggestion, not a claim on what they asked for."""
    if not any(h.feature == FEATURE for h in hits):
        return hits
    if something_claimed(partner, text.lower):
        return hits
    return [h for h in hits if h.feature != FEATURE]
