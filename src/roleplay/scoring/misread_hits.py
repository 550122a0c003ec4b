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
    return own_story_after_knowing(text, out)


# -- 115: "I know exactly how you feel", then the speaker's own story --------------------------
_KNOWS = re.compile(
    r"^\W*(?:oh,? |honestly,? |believe me,? )?(?:i (?:totally |completely |really |fully )?"
    r"(?:understand|know|get) (?:exactly |just )?(?:how you feel|how you're feeling|what you(?:'re| "
    r"are) going through|what you mean|how that feels)|i(?:'ve| have) been there|been there)\b"
)
_OWN_STORY = re.compile(
    r"(?:,|;|\s-|\band\b)\s*(?:i|we|my \w+)(?:'ve| have)? (?:had|lost|went through|got|was|were|"
    r"did|failed|spent|ended up|had to|once had|also had)\b[^.!?]*|"
    r"(?:,|;|\s-)\s*(?:when|after) (?:i|we|my \w+)\b[^.!?]*|"
    r"(?:,|;|\s-)\s*(?:the )?same (?:thing )?happened to (?:me|us)\b[^.!?]*"
)
_TAKEN_BY_STORY = frozenset(
    {
        "understanding",
        "difficulty",
        "acknowledged_view",
        "validation",
        "reflection",
        "emotion_label",
    }
)


def story_after_knowing(lower_sentence: str) -> bool:
    """The sentence claims to know how they feel and goes on to the speaker's own story."""
    claim = _KNOWS.match(lower_sentence)
    return claim is not None and _OWN_STORY.search(lower_sentence, claim.end()) is not None


def own_story_after_knowing(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """A claim to know how they feel that goes straight on, in the same sentence, to the
    speaker's own story ("I understand exactly how you feel, we had a buyer drop out once too
    and it was a nightmare"): it turns the focus to the speaker (`self_focus`); the claim earns
    nothing and the hardship named in the story is the speaker's (rule 115)."""
    out = hits
    for s_start, s_end in text.sentences:
        claim = _KNOWS.match(text.lower, s_start, s_end)
        if claim is None:
            continue
        story = _OWN_STORY.search(text.lower, claim.end(), s_end)
        if story is None:
            continue
        taken = (s_start, s_end)
        out = [
            h
            for h in out
            if not (
                h.feature in _TAKEN_BY_STORY
                and h.start is not None
                and taken[0] <= h.start < taken[1]
            )
        ]
        if not any(h.feature == "self_focus" and h.start == s_start for h in out):
            out.append(
                Hit("self_focus", s_start, claim.end(), text.original[s_start : claim.end()])
            )
    return out
