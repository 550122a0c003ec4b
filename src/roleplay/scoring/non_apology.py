"""A non-apology is no sympathy (docs/scoring.md rule 34; cue layer, English wording).

"Sorry you feel that way", "I'm sorry if you were offended", "Sorry you see it like that",
"I'm sorry you feel that the closure was unfair", "I apologise if you were offended by the
report" (the last two added with rule 34b) and "I'm sorry you're upset, but ..." regret their
reaction, not anything the speaker did or what
happened to them: the feeling is put on them and the matter is closed. The cue layer read "sorry
you" as sympathy and "you feel" as a reflection, so "Sorry you feel that way, but maybe read the
group rules" out-scored "I get why that's annoying". Such a span earns none of its warm cues and
counts as brushing the feeling aside (the `minimising` cue, which also takes back the
acknowledgements before it and the sentence's acknowledging act: brushed_aside.py). "I'm sorry
you were hurt in the crash", "Sorry you had such a rough week" and "I'm sorry you're upset."
(with no "but" after it), "I'm sorry you feel so alone" and "I apologise for the delay" are
sympathy or apology and keep their credit. Returns at once when the reply holds no "sorry" or
"apolog".
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, snippet

NON_APOLOGY = re.compile(
    # their view of it: "sorry (that) you feel / see it / took it that way"
    r"\bsorry(?: that)? (?:you|u) (?:feel|felt|see|saw|view|took|take|read|think|thought|"
    r"perceived?|interpreted|find|found)(?: it| things| this| that)? (?:that way|this way|like "
    r"that|like this|so(?=\s*(?:[.,;!?]|$))|the wrong way|personally)\b|"
    # their judgement, put as a feeling: "sorry (that) you feel / think that it was unfair"
    r"\bsorry(?: that)? (?:you|u) (?:feel|felt|think|thought|believe|believed) (?:that|like) |"
    # conditional: "sorry if you / anyone / that / my email (were) offended / upset / hurt ...",
    # "I apologise / apologies if you were offended"
    r"\b(?:sorry|apologi[sz]e|apologies) if (?:you|u|anyone|anybody|someone|somebody|people|that|"
    r"this|it|my \w+|what i "
    r"said)(?: \w+){0,3}? (?:offended|upset|hurt|took offen[cs]e|took it|felt|feel|misunderstood|"
    r"misread|came across|come across|caused (?:any )?(?:offen[cs]e|upset|hurt))\b|"
    # their feeling, then closed: "I'm sorry you're upset, but ..."
    r"\bsorry (?:that )?(?:you|u)(?:'re| are| were| got| feel| felt) (?:so |this |that )?(?:upset|"
    r"offended|angry|annoyed|unhappy|disappointed|frustrated|hurt)\s*(?:,\s*|\s+)(?:but|however)\b",
    re.IGNORECASE,
)
# the warm cues a non-apology's own words earn, which it does not deserve
_TAKEN = frozenset(
    {
        "sympathy",
        "apology",
        "reflection",
        "emotion_label",
        "emotion_match",
        "understanding",
        "validation",
        "perspective_taking",
    }
)


def non_apologies(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` with each non-apology's warm cues dropped and a brush-aside in their place."""
    if "sorry" not in text.lower and "apolog" not in text.lower:
        return hits
    found = [(m.start(), m.end()) for m in NON_APOLOGY.finditer(text.lower)]
    if not found:
        return hits
    kept = [
        h
        for h in hits
        if h.feature not in _TAKEN or h.start is None or not any(s <= h.start < e for s, e in found)
    ]
    return kept + [
        Hit("minimising", s, e, snippet(text.original, s, e), detail="non_apology")
        for s, e in found
    ]
