"""Support moves the cue layer misread as hostile or as understanding (rules 310, 312, 313, 315,
320).

Found on the dev halves of the strategy sets (`benchmarks/strategies.py`: the emotional-support
set and the counselling set), checked in other domains:

- Rule 310, **reassurance is not a need played down**: "You'll be fine!" to a breakup, a lump,
  a relapse took `-30 collaboration, -23 empathy: played down what they need` and the across
  side, the CaSiNo cue for "you'll be fine with two waters", so generic reassurance sank below
  a real dismissal ("It's only an exam."). Bare reassurance is premature comfort, which the
  `minimising` cue already reads ("brushed the feeling aside"); a need is played down only when
  the reassurance is about doing with less: "you'll be fine with / without / on / if ...". And
  "it'll calm down soon" (of things) lost 30 empathy to the `dismissal` cue "calm down", which
  is for telling them to calm down: with "it / things / work / everything" and a verb of the
  future before it, "calm down" says the situation will ease.
- Rule 312, **"got it" in "you've got it good" is no understanding**: "You've got it pretty
  good really." earned `showed you understood ("got it")` beside its dismissal (rule 302). "Got
  it" understands when the speaker got it ("Got it.", "I've got it, thanks"), not when it says
  how their lot is ("you've got it easy / good / made / rough").
- Rule 313, **dismissal words in their voice or someone else's**: "So part of you wants to
  toughen up and push through, and part of you is exhausted." (a double-sided reflection) lost
  30 empathy to "toughen up"; "Your dad keeps telling you to get over it" reports a dismissal
  they suffer. A dismissal cue hit whose clause puts the words in their own mouth ("part of you
  wants to", "you keep telling yourself to", "you feel you should") or in someone else's
  ("he told you to", "people keep telling you to", "being told to") dismisses nothing. "You
  just need to toughen up", "Honestly, get over it" stay dismissals.
- Rule 315, **their complaint or their fear said back is no blame**: "It feels unfair that
  you're the one sent here when you put up with him for weeks" (to "... and I'm the one who ends
  up here") and "You're worried that if you keep drinking you'll lose your job" lost 16
  empathy and 16 collaboration each to the `blame` cues "you're the one" and "you keep
  <doing>". "You're the one" blames unless their own line said "I'm the one" and the words
  after it pick up theirs (a stem of a word of four letters or more): then it gives their
  grievance back. "You keep <doing>" blames unless its clause puts it inside their fear,
  wish or knowledge ("you're worried / afraid that", "part of you knows", "you feel that if").
  And "you keep telling yourself ..." is their inner voice (the cue list's exceptions). "You're
  the one who signed it" (they never said "I'm the one") and "You keep ignoring the letters"
  stay blame.
- Rule 320, **"just <do it>" is advice, not a need played down, when nothing is claimed**: "Just
  get up and read for a bit." (to someone awake at 3am over money), "Honestly, just go to his
  manager.", "Just make a budget." took `-30 collaboration, -23 empathy: played down what they
  need` and the across side from the CaSiNo `undervalue` cue for "just get / go / buy / find /
  make ..." ("just boil the stream water"), so advice given unasked scored 20 overall, below a
  warning or a dismissal. As with rule 39's pointing them elsewhere, it plays a need down only
  when something is claimed (their line asks for or states a need, or the reply claims
  something for the speaker: `other_source.something_claimed`); otherwise it is advice (the
  advice cue and act read it: "jumped to advice") that makes their trouble sound easy: the
  `glib_advice` cue ("made it sound easy", empathy only, no side). Read as the `minimising`
  cue instead, it also cost listening, which hid the sentence's advice act. Dropping the cue
  altogether was measured and not kept: Lend an Ear's validating-emotions Spearman fell 0.583
  -> 0.540 (supporters who tell them to "just" do something validate little).
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.other_source import something_claimed
from roleplay.scoring.overlap import stem

# rule 310: the undervalue cue's "you'll be fine" only when it is about doing with less
_WITH_LESS = re.compile(
    r"\s+(?:with|without|on|having|if|as long as|even with|even without|for now with)\b",
    re.IGNORECASE,
)
_FINE = re.compile(r"(?:'ll|’ll| will) be (?:fine|okay|ok|alright|all right)$", re.IGNORECASE)
# rule 320: the undervalue cue's "just <do it>"
_JUST = re.compile(r"^just \w+$", re.IGNORECASE)
# rule 310: "calm down" said of the situation
_EASES = re.compile(
    r"\b(?:it|things|that|this|everything|work|the \w+)(?:'ll|’ll| will| should| might| would|"
    r"'d| is going to|'s going to| usually| always| often| soon)?(?: all)?(?: soon)? ?$",
    re.IGNORECASE,
)
# rule 312: "got it" that says how their lot is
_LOT = re.compile(
    r"^\s+(?:so |pretty |really |quite |very |too |rather |fairly )?"
    r"(?:good|easy|easier|made|cushy|rough|tough|hard|bad|worse|better|lucky|sweet)\b",
    re.IGNORECASE,
)
_THEIR_LOT = re.compile(r"\b(?:you|they|he|she|we)(?:'ve|’ve| have| has|'s|’s)?\s*$", re.I)
# rule 313: the clause puts the dismissal in their mouth or someone else's
_VOICED = re.compile(
    r"(?:\bpart of you\b|\byou(?:'ve|’ve| have)? (?:been |keep |kept )?(?:tell|telling|told) "
    r"yourself\b|\byou (?:feel|felt|think|thought|believe|believed)(?: like)? you(?:'d|’d)?\b|"
    r"\b(?:tell|tells|telling|told|say|says|saying|said|keep|keeps|kept|been|being|were|was|"
    r"are|is|get|got) (?:you |being )?(?:told|telling|tell|saying|to tell)\b|"
    r"\b(?:told|tells|telling|says|said|saying|expects?|expected|wants?|wanted|want) you\b|"
    r"\b(?:wants?|wanted|wish|wished|wishes|trying|tried|try) to\b|"
    r"\bsupposed to\b|\bexpected to\b)"
    r"[^.!?;]{0,40}$",
    re.IGNORECASE,
)
# rule 315: their own "I'm the one", and a fear, wish or knowledge of theirs framing the clause
_THEIR_ONE = re.compile(r"\bi(?:'m|’m| am)(?: \w+)? the one\b([^.!?;]*)", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]{4,}")
_ONE = re.compile(r"^you(?:'re|’re| are) the one$", re.IGNORECASE)
_FRAMED = re.compile(
    r"\b(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ing|ful)?|frightened|terrified|dread\w*|"
    r"part of you|you know|you knew|you feel|you felt|you think|you sense|you see|you suspect|"
    r"you've noticed|you noticed)\b[^.!?;]*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.!?;]\s*|,\s*(?:but|and|so)\s+|\bbut\s+", re.IGNORECASE)
# the dismissal cues that tell them what to do (rule 313 reads only these)
_TOLD = re.compile(
    r"^(?:toughen up|man up|get over it|move on|calm down|snap out of it|pull yourself together|"
    r"stop (?:worrying|whining|moaning|complaining)|get a grip|grow up|let it go|chill out|"
    r"suck it up|deal with it|cheer up|get on with it|(?:just )?be (?:grateful|thankful)|"
    r"you should be (?:grateful|thankful)|count your blessings|stop feeling sorry for yourself|"
    r"(?:get|have) (?:some|a bit of|a little) perspective)$",
    re.IGNORECASE,
)


def reassurance_read_as_undervalue(reply: str, hit: Hit) -> bool:
    """An undervalue cue hit on bare reassurance, "You'll be fine!" (rule 310)."""
    if hit.feature != "undervalue" or hit.end is None:
        return False
    if _FINE.search(hit.text) is None:
        return False
    return _WITH_LESS.match(reply, hit.end) is None


def glib_advice(reply: str, hit: Hit, partner: str) -> Hit:
    """An undervalue cue hit on "just <do it>" when nothing is claimed is advice that makes
    their trouble sound easy: the `glib_advice` cue (rule 320); any other hit as it is."""
    if (
        hit.feature == "undervalue"
        and _JUST.match(hit.text) is not None
        and not something_claimed(partner, reply.lower())
    ):
        return hit._replace(feature="glib_advice")
    return hit


def misread_support(reply: str, hit: Hit, partner: str) -> bool:
    """A dismissal or understanding cue hit that is reassurance of things easing (rule 310),
    their lot put as "got it good" (312), dismissal words voiced as theirs or another's (313);
    a blame cue hit that gives their grievance or their fear back (315)."""
    if hit.start is None or hit.end is None:
        return False
    if hit.feature == "blame":
        return _their_grievance(reply, hit, partner)
    if hit.feature not in ("dismissal", "understanding"):
        return False
    text = hit.text.lower()
    before = reply[: hit.start]
    if hit.feature == "understanding":
        return (
            text == "got it"
            and _LOT.match(reply[hit.end :]) is not None
            and _THEIR_LOT.search(before) is not None
        )
    if text == "calm down" and _EASES.search(before) is not None:
        return True
    if _TOLD.match(text) is None:
        return False
    clause = _CLAUSE.split(before)[-1]
    return _VOICED.search(clause) is not None


def _their_grievance(reply: str, hit: Hit, partner: str) -> bool:
    """A blame cue hit on "you're the one" after their own "I'm the one", or on "you keep
    <doing>" inside a fear, wish or knowledge of theirs (rule 315)."""
    text = hit.text.lower()
    if _ONE.match(text) is not None:
        theirs = _THEIR_ONE.search(partner)
        if theirs is None:
            return False
        said = {stem(w) for w in _WORDS.findall(theirs.group(1).lower())}
        after = re.split(r"[.!?;]", reply[hit.end or 0 :], maxsplit=1)[0].lower()
        return any(stem(w) in said for w in _WORDS.findall(after))
    if not text.startswith("you keep"):
        return False
    start = hit.start or 0
    clause = reply[max(0, start - 80) : start]
    return _FRAMED.search(clause) is not None
