"""Cue hits the cue layer read as their opposite (docs/scoring.md rules 107 and 110): a promise
not to harm them read as a flat refusal, and a term of abuse for the one who wronged them, in
sympathy, read as an attack on their view. Hit-level, so the lexical scorer reads them too
(this module imports no encoder)."""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, sentence_of

# -- 107: a promise not to harm them --------------------------------------------------------------
_REASSURING = re.compile(
    r"(?:i|we)(?:'m| am|'re| are) not going to|(?:i|we) (?:won't|will not|wont)|"
    r"(?:i|we)(?:'d| would) never"
)
_HARM = re.compile(
    r"\s+(?:ever |be )?(?:(?:report(?:ing)?|judg(?:e|ing)|blam(?:e|ing)|fir(?:e|ing)|sack(?:ing)?|"
    r"punish(?:ing)?|disciplin(?:e|ing)|shout(?:ing)? at|yell(?:ing)? at|mention(?:ing)?|"
    r"penalis(?:e|ing)|penaliz(?:e|ing)|sue|abandon|give up on|rush(?:ing)?|pressur(?:e|ing)|"
    r"think less of)\b(?=[^.!?,;]{0,30}\b(?:you|anyone|anybody|a soul|your)\b)|"
    r"tell(?:ing)? (?:on you|anyone|anybody|a soul|your)\b|writ(?:e|ing) (?:you|anyone) up\b|"
    r"hold (?:it|this|that) against you\b)"
)


def promises_no_harm(lower: str, start: int) -> bool:
    """A `hard_no` at `start` opens a promise not to harm them ("I won't report you")."""
    m = _REASSURING.match(lower, start)
    return m is not None and _HARM.match(lower, m.end()) is not None


# -- 110: a term of abuse for someone who wronged them ---------------------------------------
_ABUSE = re.compile(r"^(?:idiot\w*|moron\w*|fool\w*|jerk\w*|lazy|incompetent|dumb|stupid)$")
_THIRD_ACTED = re.compile(
    r"\b(?:he|she|they)(?:'s| has| have|'ve)? (?:\w+ )?(?:did|done|said|treated|spoke|talked|"
    r"shouted|yelled|left|dumped|lied|cheated|took|kept|put|made|blamed|humiliated|ignored|"
    r"behaved|acted|does|says)\b|\b(?:him|her|them) (?:for|to) (?:do|say|treat|speak)\w*\b"
)
_SYMPATHY = re.compile(
    r"\b(?:sorry|awful|terrible|horrible|unfair|not okay|not ok|out of order|out of line|"
    r"how dare)\b"
)
_YOUR_SIDE = re.compile(r"\b(?:to|at|with|on|about) you\b|\byour\b")


def sides_with_them(lower_sentence: str) -> bool:
    """Sympathy that points at what a third party did to them ("I'm sorry he did that")."""
    return _THIRD_ACTED.search(lower_sentence) is not None and (
        _SYMPATHY.search(lower_sentence) is not None
    )


def misread_hits(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without a refusal that promises no harm (107) and with a term of abuse for the
    one who wronged them read as taking their side (110)."""
    out: list[Hit] = []
    for h in hits:
        if h.start is None:
            out.append(h)
            continue
        if h.feature == "hard_no" and promises_no_harm(text.lower, h.start):
            continue  # "I won't report you, I promise": a reassurance (107)
        if h.feature == "attack" and _ABUSE.match(h.text.lower()):
            s_start, s_end = sentence_of(text, h.start)
            sentence = text.lower[s_start:s_end]
            if sides_with_them(sentence) and _YOUR_SIDE.search(sentence) is not None:
                out.append(h._replace(feature="validation"))  # their side (110)
                continue
        out.append(h)
    return out
