"""Granting the need they just stated validates it (docs/scoring.md rule 47).

Found on the CaSiNo TRAIN turns labelled showing-empathy that the scorer ranked among the
unlabelled ones: the partner states what they need and why ("I also need the water, because
it's not safe to drink from streams here", "I will need a lot of water as I need it to stay
alive") and the reply grants it before anything else ("You are right, ...", "Yes, that's
important.", "I agree water is needed", "I suppose it is important - ..."). The cue layer read
a plain agreement (+3 empathy) or nothing. Granting that what they need matters is the
validation of a need - an acknowledgement of their situation - in any domain: a rota ("I need
Fridays off for my mother's dialysis" - "Of course, that's important."), a migration plan, a
clinic room, a delivery date.

The reply grants the need when its first sentence is a statement (not a question) that opens
on a grant ("you're right", "of course", "I agree", "I suppose it is") or says
that it matters ("that's important", "water is needed", "that's essential"; not "... important
to me" nor after the speaker's own "I need ...", which are the speaker's own), and the partner's line states a need or a reason of their
own ("I need ...", "my kids need ...", "... is important to us", "because ..."). "Absolutely"
or "Definitely" alone accepts what they asked for ("Send me the deck two days before" -
"Definitely - one slide with the answer up front."): no grant. A sarcastic
sentence grants nothing (its warm words are dropped before this rule). The grant counts as
`validation` ("validated their view"); a plain agreement in the sentence before it or on its
words ("Yes, that's essential") is replaced by it, so nothing is counted twice.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.text import PreparedText, snippet

FEATURE = "validation"
REPLACES = frozenset({"agreement"})

# Their line states a need or a reason of their own.
_THEIR_NEED = re.compile(
    r"\b(?:i|we|my|our|i'm|we're|im)\b[^.?!]{0,50}\b(?:need|needs|needing|important|essential|"
    r"crucial|must|have to|has to|rely|relies|require|requires|depend|depends)\b|"
    r"\b(?:because|since|so that)\b",
    re.IGNORECASE,
)
# A grant at the opening of the reply.
_GRANT_OPENING = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|ok|okay|oh|well|sure|hmm|ah)\W+){0,2}"
    r"(?:you(?:'re| are) (?:absolutely |so |quite )?(?:right|correct)|of course|ofcourse|"
    r"i (?:completely |totally |fully )?agree|agreed|i suppose (?:it|that|so))\b",
    re.IGNORECASE,
)
# Saying that it matters: "that's important", "water is needed", "it is essential".
_IT_MATTERS = re.compile(
    r"\b(?:that|it|this|which|\w+)(?: is|'s| are| sounds| seems) (?:very |really |so |definitely |"
    r"certainly |totally |super |absolutely |pretty |quite )?(?:important|needed|necessary|"
    r"essential|crucial|vital|a must)\b(?! (?:to|for) (?:me|us)\b)",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"\b(?:i|we|my|our|i'm|im|we're)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|isn't|aren't|doesn't|don't|never|hardly)\b", re.IGNORECASE)


@per_partner_line
def states_their_need(partner: str) -> bool:
    """Their line states a need or a reason of their own."""
    return _THEIR_NEED.search(partner) is not None


def granted_need(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """`hits` with a `validation` hit for a reply that opens by granting the need their line
    states (see the module); a plain agreement up to its end is replaced by it."""
    if not text.sentences or not partner:
        return hits
    start, end = text.sentences[0]
    first = text.plain[start:end]
    if first.rstrip().endswith("?"):
        return hits
    opening = _GRANT_OPENING.search(first)
    matters = _IT_MATTERS.search(first)
    if matters is not None and (
        _NEGATED.search(matters.group(0)) or _SPEAKER.search(first, 0, matters.start())
    ):
        matters = None  # "That's not important", "so I need water is necessary": not theirs
    if opening is None and matters is None:
        return hits
    # their line, read after the reply's own first sentence: most replies grant nothing, and
    # the need's pattern is the dearer of the two on a long line
    if not states_their_need(partner):
        return hits
    s = start + (opening or matters).start()  # type: ignore[union-attr]
    e = start + (matters or opening).end()  # type: ignore[union-attr]
    while s < e and not text.plain[s].isalnum():
        s += 1
    if any(h.feature == FEATURE and h.start is not None and start <= h.start < end for h in hits):
        return hits  # already validated in that sentence
    if any(h.feature == "sarcasm" and h.start is not None and start <= h.start < end for h in hits):
        return hits
    kept = [
        h
        for h in hits
        if not (
            h.feature in REPLACES
            and h.start is not None
            and h.end is not None
            and start <= h.start < e
        )
    ]
    return [*kept, Hit(FEATURE, s, e, snippet(text.original, s, e))]
