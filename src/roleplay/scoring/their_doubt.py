"""Rules 162-163 (docs/scoring.md): their doubt about themselves, answered or reported back.

"am i overreacting for being this hurt?" - "No. Being left out of something that big by people
you've known that long hurts." The "No." was read as a flat refusal of a request (collaboration
capped at 35, -11); and "You're asking if you're overreacting, but what you describe is a
separate chat and a planned weekend." as dismissing their feelings ("overreacting", -30
empathy), though the word is theirs, reported back as their question.

- 162: when their line asks a yes/no question that doubts themselves ("am I overreacting?", "is
  it stupid that I ...?", "was I wrong to ...?", "is it just me?"), a sentence that only says no
  to it ("No.", "No, not at all.", "Of course not.", "Not at all.") reassures them: it refuses
  nothing. "No." to a request ("Can you lend me Tomasz?") stays a refusal.
- 163: a dismissing word in what *they* ask or fear ("you're asking if you're overreacting",
  "you're worried you're being too sensitive", "you wonder whether it's a big deal") reports
  their doubt: it dismisses nothing. Said by the speaker ("I wonder if you're overreacting",
  "You're overreacting") it still does.
"""

from __future__ import annotations

import re

# their yes/no question about themselves
SELF_DOUBT = re.compile(
    r"\b(?:am i|was i|have i been|are we|were we|is it (?:just )?me|is (?:it|that) (?:so |really "
    r"|too )?(?:wrong|stupid|silly|bad|weird|normal|crazy|selfish|unreasonable|mad|dumb|petty|"
    r"ridiculous|pathetic|childish|dramatic|much)|do i (?:sound|seem|look)|should i (?:feel|be)|"
    r"would i be (?:wrong|mad|crazy|unreasonable))\b[^?]{0,120}\?",
    re.IGNORECASE,
)
# a sentence that is only a no to it
BARE_NO = re.compile(
    r"^\W*(?:no+|nope|not at all|of course not|absolutely not|definitely not|god,? no|oh,? no|"
    r"no,? not at all|no,? you(?:'re| are)(?: not| definitely not| absolutely not)|no,? (?:it|that)"
    r"(?:'s| is)(?: not| n't)|not even (?:a )?little)\W*$",
    re.IGNORECASE,
)
# their question or fear, reported: "you're asking if", "you're worried (that)", "you wonder
# whether"
_REPORTED = re.compile(
    r"\byou(?:'re| are)? (?:asking|wondering|worried|worrying|afraid|scared|unsure|not sure|"
    r"ask|wonder|worry|fear|question)(?: (?:yourself|me|us))?(?: (?:if|whether|that))?"
    r"(?: (?:you(?:'re| are| were)?|it(?:'s| is| was)?|this|that|people think you(?:'re| are)?)"
    r"(?: just| being| a| really)?)?\s*$",
    re.IGNORECASE,
)


def answers_their_doubt(sentence: str, partner: str) -> bool:
    """The sentence only says no to their yes/no question that doubts themselves (162)."""
    return BARE_NO.match(sentence) is not None and SELF_DOUBT.search(partner) is not None


def reports_their_doubt(lower: str, start: int) -> bool:
    """The cue at `start` sits in their question or fear, reported back (163)."""
    return _REPORTED.search(lower[max(0, start - 60) : start]) is not None
