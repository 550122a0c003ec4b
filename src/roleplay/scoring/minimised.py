"""Minimising what they feel, and dismissal cues that are no dismissal (rules 300-304).

Measured on the emotional-support strategy set (benchmarks/strategies.py, dev half): a reply
that minimises the help-seeker's trouble often scored like a suggestion or above it, while
generic reassurance sank below it, and two replies that dismiss nothing lost 30 empathy points.

- Rule 300, **a feeling denied them**: "you can't really be upset that he's moved on", "there's
  no point feeling guilty", "you've no right to be angry". The feeling is theirs, so the cue
  layer and the reflection rule credited it as a reflection of their feeling (+19 to +23
  empathy); it tells them not to feel it. The sentence reflects nothing (`forbidden_feelings`,
  read with rule 173's pinned feelings) and the reply is read as dismissing their feelings.
  Not "you can't help feeling angry", "you can't be blamed for being upset", "you can't be
  angry with yourself for ..." (said to lift self-blame), "no wonder you're upset".
- Rule 301, **their trouble made small**: a sentence that is nothing but "It's only an exam.",
  "It's just a bug.", "It's only the first term.", "It's only weed." after a line that tells of
  trouble. Not "It's only natural to feel that", "It's just not fair", "It's only been a week",
  "It's only a suggestion", nor after a line with no trouble in it ("It's only a draft" to a
  colleague's note).
- Rule 302, **their reaction called too big**, said to them: "you're making a big deal of it",
  "you're blowing this out of proportion", "you're making a mountain out of a molehill",
  "you've got it pretty good". Not "the media blows things out of proportion" (a view about a
  third party: receptiveness replies lost 9-30 points to an earlier version). The act
  bank read "You're making a big deal of it" as a dismissal, then rule 29c dropped it because
  it names a "deal"; the cue list had none of these.
- Rule 304, **their trouble set against others'**: "Plenty of people look after their parents
  without complaining", "Other people have it much worse", "Lots of people would kill to have
  your job", "People lose jobs every day". The act bank read some of these as a weak dismissal
  (-4); the cue list had "at least" and "could be worse" only. Not when the sentence goes on to
  grant theirs ("Plenty of people have it worse, but that doesn't make yours easier"), nor
  "Lots of people feel this way", "Most people would have done the same".
- Rule 303, **no dismissal where the words only look like one**: "who cares" in a relative
  clause ("That's a teacher who cares", "someone who cares about you") is praise, not "who
  cares?"; "get over it" said of the speaker ("Took me ages to get over it") tells their own
  story (self-disclosure, which other rules read), not "get over it" to them.

Rules 300-302 and 304 add a `dismissal` cue hit (the fitted "dismissed their feelings" weight), one per
reply like every dismissal cue; rule 303 drops the dismissal hit.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.features_base import Hit
from roleplay.scoring.line_mood import TROUBLE
from roleplay.scoring.sentences import Sentence

FEELING = (
    r"(?:upset|sad|angry|mad|hurt|annoyed|jealous|bitter|gutted|guilty|ashamed|embarrassed|"
    r"scared|afraid|frightened|worried|anxious|stressed|lonely|offended|cross|disappointed|"
    r"bothered|heartbroken|miserable|down|resentful|frustrated)"
)
# The patterns of rules 300, 302 and 304 run on lower-cased text, branch by branch, each branch
# only on text that holds its words (ascii_case.py): most replies hold none. Their matches are
# read from the reply by position.
# rule 300: a feeling of theirs denied them
DENIED = caseless(
    r"\byou can(?:'t|’t|not| not) (?:really |exactly |honestly |seriously |possibly |even )?"
    rf"(?:be|feel|get) (?:that |so |this |too |all that )?{FEELING}\b"
    r"(?! (?:with|at|about) yourself)"
    r"|\byou(?:'ve| have)? (?:got )?no (?:right|business) (?:to )?(?:be|feel|get) "
    rf"(?:\w+ )?{FEELING}\b"
    r"|\b(?:there's|there is|there’s|it's|it is|it’s) (?:really )?no (?:point|use|sense) (?:in )?"
    rf"(?:being|feeling|getting) (?:\w+ )?{FEELING}\b",
    by_branch=True,
)
# rule 301: a whole sentence that makes their trouble small
ONLY = re.compile(
    r"^\W*(?:(?:but|well|look|honestly|come on|i mean|mate|hey),? )?"
    r"(?:it's|it is|it’s|it was) (?:only|just) "
    r"(?!(?:natural|normal|fair|right|human|fine|ok|okay|me|us|you|that|this|not|been|going|"
    r"gonna|getting|because|when|if|as|like|for|so|how|what|a (?:thought|suggestion|guess|"
    r"question|draft|proposal|pilot|trial|test|idea|start|matter)|an (?:idea|option|estimate)|"
    r"temporary|the (?:start|beginning|way))\b)"
    r"(?:an? |one |the |some |your )?[\w'’-]+(?: [\w'’-]+){0,2}\W*$",
    re.IGNORECASE,
)
# rule 302: their reaction called too big - said to them ("the media blows things out of
# proportion" is a view about a third party, not a dismissal)
TOO_BIG = caseless(
    r"\byou(?:'re| are|’re)? (?:\w+ )?(?:making|blowing|blown|turning) (?:such |a |so much )?"
    r"(?:a )?(?:big |huge |massive )?(?:deal|fuss|drama|song and dance|mountain) (?:out )?of "
    r"(?:it|this|that|nothing|everything|a molehill)\b"
    r"|\byou(?:'re| are|’re|'ve|’ve| have)? (?:\w+ )?(?:blowing|blown|blow) "
    r"(?:it|this|that|things|everything) (?:way |completely |a bit |totally )?out of proportion\b"
    r"|\byou(?:'ve| have|’ve)? got it (?:pretty |really |so |quite |very )?(?:good|cushy|made)\b",
    by_branch=True,
)
# rule 304: their trouble set against others' to make it small
COMPARED = caseless(
    r"\b(?:lots|plenty|loads|most|many|other|some) (?:of )?(?:people|folk|others)\b[^.!?]{0,60}?"
    r"\bwithout (?:complaining|moaning|whining|grumbling|(?:making )?a fuss)\b"
    r"|\b(?:others|other people|lots of people|plenty of people|loads of people|some people|"
    r"many people|most people) (?:have|had|'ve got|have got|’ve got) it (?:so |much |far |a lot "
    r"|way )?(?:worse|harder|tougher)\b"
    r"|\b(?:lots of|plenty of|loads of|many|some|most) people would (?:love|kill|give anything) "
    r"(?:to have|for|to be in your)\b"
    r"|\bpeople (?:lose|go through|deal with|cope with|face|survive) [^.!?]{0,40}?\bevery day\b",
    by_branch=True,
)
# ... unless the sentence goes on to grant theirs ("..., but that doesn't make yours easier")
GRANTED = re.compile(r"\bbut\b|\b(?:doesn't|does not|doesn’t) make\b|\bstill\b", re.IGNORECASE)
# rule 303: "who cares" after a noun is a relative clause; "get over it" of the speaker
WHO_CARES_OPENS = re.compile(
    r"(?:^|[.!?,;:\-–—(\"“]\s*|\b(?:and|but|so|honestly|frankly|seriously|well|like|really|"
    r"because|mean|now|oh|anyway|then|yeah|ok|okay)\s+)$",
    re.IGNORECASE,
)
OWN_STORY = re.compile(r"\b(?:me|i|i'd|i've|i’d|i’ve|my)\b", re.IGNORECASE)
TO_THEM = re.compile(r"\byou\b|\byour\b|^\W*(?:just |so |now )?$", re.IGNORECASE)
CLAUSE_START = re.compile(r"[.!?;:]\s*|,\s*(?:but|and|so)\s+|\bbut\s+", re.IGNORECASE)


def _sentence_spans(reply: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"[.!?]+(?=\s|$)|\n+", reply):
        spans.append((start, m.end()))
        start = m.end()
    if reply[start:].strip():
        spans.append((start, len(reply)))
    return spans


def minimising_hits(reply: str, partner: str) -> list[Hit]:
    """Dismissal cue hits for rules 300-302 and 304 (see the module)."""
    hits: list[Hit] = []
    low = reply.lower()
    # rule 302 names them, rule 300 names them or says "there's no point / use / sense"
    named = "you" in low
    for pattern, read in ((DENIED, named or " no " in low), (TOO_BIG, named)):
        if read:
            for m in pattern.finditer(reply):
                hits.append(Hit("dismissal", m.start(), m.end(), reply[m.start() : m.end()]))
    compare = any(word in low for word in ("people", "others", "folk"))
    only = "only" in low or "just" in low
    if not (compare or only):
        return hits
    made_small: list[tuple[int, str]] = []
    for start, end in _sentence_spans(reply):
        text = reply[start:end]
        compared = COMPARED.search(text) if compare else None
        if compared is not None and GRANTED.search(text) is None:
            at, stop = start + compared.start(), start + compared.end()
            hits.append(Hit("dismissal", at, stop, reply[at:stop]))
        if only and ONLY.search(text) is not None:
            made_small.append((start + len(text) - len(text.lstrip()), text.strip()))
    # their line is read only when a sentence could make their trouble small (the common
    # reply has none, and the partner line can be long)
    if made_small and TROUBLE.search(partner) is not None:
        hits += [Hit("dismissal", at, at + len(body), body) for at, body in made_small]
    return hits


def forbidden_feelings(sentences: list[Sentence]) -> set[int]:
    """The starts of the sentences that deny them a feeling (rule 300): they reflect nothing."""
    return {s.start for s in sentences if DENIED.search(s.text) is not None}


def misread_dismissal(reply: str, hit: Hit) -> bool:
    """A dismissal cue hit that dismisses nothing (rule 303)."""
    if hit.feature != "dismissal" or hit.start is None:
        return False
    text = hit.text.lower()
    before = reply[: hit.start]
    if text == "who cares":
        return WHO_CARES_OPENS.search(before) is None
    if text == "get over it":
        clause = CLAUSE_START.split(before)[-1]
        return OWN_STORY.search(clause) is not None and TO_THEM.search(clause) is None
    return False
