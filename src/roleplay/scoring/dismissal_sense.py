""" "Whatever" and "big deal" dismiss only as retorts (docs/scoring.md rules 30d, 34; English).

The `dismissal` cue reads "whatever" as brushing their feelings aside ("Whatever.", "Yeah,
whatever"), which costs a reply about 30 empathy points. Inside a clause it is a determiner or a
pronoun and dismisses nothing: "Whatever you decide, I'll back it", "the university can take
whatever action it needs", "whatever the reason, the team deserves an answer". The cue is kept
only when "whatever" stands as a retort: it ends its clause ("Whatever.", "Whatever, do what you
want", "Fine, whatever") after the start of a clause or "yeah / ok / okay / fine / so / oh", or
"whatever you want / say / like / think" or "whatever it takes" ends the clause ("Sure,
whatever you want.", "Do whatever you want, I give up", "I need it by the 20th, whatever it
takes"); "Whatever you decide, I'll back it" and "whatever you want to do is fine" are not.
"Big deal" likewise, only standing alone ("Big deal.", "Oh, big deal, everyone misses one"): "It's
a big deal to you", "What's the big deal?" and "a big deal for the team" dismiss nothing ("no
big deal" / "not a big deal" are cues of their own). "So what" (rule 50) likewise, only as a
retort: ending its clause ("So what?", "So what, it slipped") or going on with "if", "does it
matter", "difference does it make" or "'s the (big) deal" ("So what if it's late?"); before
any other word it opens a question or a clause ("So what would help most this week?", "So what
time works for you?", "so what I did was call them"), and dismisses nothing.
Returns at once when the reply holds no dismissal cue.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText

_RETORT_BEFORE = re.compile(r"(?:^|[.!?,;:\-]\s*|\b(?:yeah|yea|ok|okay|fine|so|oh)\W*)$")
_RETORT_AFTER = re.compile(r"\s*(?:[.!?,;:\-]|$)")
_RETORT_WORDS = frozenset({"whatever", "big deal"})
# "so what" goes on as a retort only with these ("So what if it's late?")
_SO_WHAT_RETORT = re.compile(
    r"\s*(?:[.!?,;:\-]|$)|\s+(?:if|does (?:it|that|this) matter|difference does (?:it|that|this) "
    r"make)\b|(?:'s| is) the (?:big )?deal\b"
)
# "whatever you want / say", "whatever it takes" ending the clause: giving in or pushing past them
_RESIGNED_AFTER = re.compile(
    r"\s+(?:(?:you|u) (?:want|say|like|wish|think|prefer)|it takes)\s*(?:[.!?,;:\-]|$)"
)


def _retort(text: PreparedText, hit: Hit) -> bool:
    """The hit is neither "whatever" nor "big deal", or it stands as a retort."""
    assert hit.start is not None and hit.end is not None
    lower = text.lower
    word = lower[hit.start : hit.end]
    if word == "so what":
        return bool(_SO_WHAT_RETORT.match(lower, hit.end))
    if word not in _RETORT_WORDS:
        return True
    if word == "whatever" and _RESIGNED_AFTER.match(lower, hit.end):
        return True  # "Sure, whatever you want." / "..., whatever it takes."
    before = lower[max(0, hit.start - 12) : hit.start]
    return bool(_RETORT_BEFORE.search(before)) and bool(_RETORT_AFTER.match(lower, hit.end))


def dismissals_in_sense(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without the dismissal cues on a "whatever", "big deal" or "so what" that is no
    retort."""
    if not any(h.feature == "dismissal" for h in hits):
        return hits
    return [
        h
        for h in hits
        if h.feature != "dismissal" or h.start is None or h.end is None or _retort(text, h)
    ]
