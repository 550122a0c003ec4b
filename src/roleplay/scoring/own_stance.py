"""Rule 230: a restatement that adds the speaker's own stance is that stance, not their point.

A reflection hands their point back; it adds nothing of the speaker's but words. Support talk is
full of sentences that begin as a restatement and then judge it: "So it's been a year; a year is
a long time to keep grieving", "That's what leadership is, you can't be friends with everyone",
"Feeling uncertain about the future is always stressful, so you're not alone in this", "You
certainly have been there a long time and are one of their top workers", "Yes sometimes
prioritizing your own well-being has to come first". The encoder reads them close to their line
(they repeat its matter), so rule 190 credited them as restatements, while each one plays the
feeling down, reassures, generalises, lays down a norm or praises: what a counsellor would call
a response of the speaker's own, not a reflection.

The stance is read by its words, when they are the speaker's (a word of it that carries it in
their line is theirs, handed back: "Everyone tells me to go back" -> "Everyone has a plan for
you"):

- a generalisation over people or life ("it's always shocking when ...", "everyone feels
  that", "you're not alone", "part of life", "it's normal", "only human");
- certainty, reassurance or a forecast ("certainly", "definitely", "surely", "of course",
  "eventually", "no doubt", "doesn't mean", "bound to", "will be fine", "will work out");
- a word that plays it down ("it's only a", "it's just a", "hardly", "at least", "a long time
  to", "no big deal", "the end of the world");
- a norm or a permission ("has to come first", "need at least", "deserve", "it's okay to");
- a verdict ("that's what leadership is", "that's how it goes", "part of the job", "her
  problem, not yours") or praise ("one of their top", "you're so strong").
"""

from __future__ import annotations

import re

# each alternative is a stance of the speaker's; `_theirs` checks its words against their line
_STANCE = re.compile(
    # a generalisation over people or life ("it's always shocking when ...", "everyone feels
    # that way", "you're not alone", "that's life"), not "you're always tired" (their state)
    r"\b(?:(?:it's|it is|that's|that is|can be|(?<!you )(?<!they )(?<!we )(?:is|are)) always|"
    r"(?:everyone|everybody|we all|all of us|most people|lots of people|loads of people|"
    r"plenty of people|so many people|many people) (?:\w+ )?(?:feels?|goes|go|gets?|has|have|"
    r"does|do|is|are|struggles?|deals?|experiences?|makes?)|happens to (?:everyone|everybody|all "
    r"of us|the best)|not alone|not the only one|part of life|life is|(?:it's|it is|that's|"
    r"that is|perfectly|completely|totally) (?:normal|natural)|only human)\b|"
    # certainty, reassurance, a forecast
    r"\b(?:certainly|definitely|surely|of course|obviously|eventually|no doubt|for sure|"
    r"bound to|(?:doesn't|does not|didn't|did not) mean|(?:will|'ll) (?:be (?:fine|ok|okay|"
    r"alright|all right|better)|work out|get there|get noticed|come round|come around))\b|"
    # plays it down
    r"\b(?:(?:it's|it is|that's|that is|it was|this is) (?:only|merely|just) (?:a|an|one|"
    r"temporary)|only temporary|hardly|at least|a long time to|no big deal|not a big deal|"
    r"end of the world|no reflection on|nothing to worry)\b|"
    # a norm or a permission
    r"\b(?:(?:has|have) to come first|need at least|do need|deserve|(?:it's|it is) (?:ok|okay|"
    r"fine|alright|all right) to|ought to)\b|"
    # a verdict ("that's what leadership is", "that's how it goes", "part of the job")
    r"\b(?:(?:that's|that is|it's|it is) (?:just )?(?:what (?:\w+ )?(?:is|are|happens)|how "
    r"(?:it|life|things) (?:is|goes|works)|part of|the way (?:it|things|life))|"
    r"(?:her|his|their|its) (?:problem|issue|loss),? not (?:yours|you))\b|"
    # praise
    r"\b(?:one of (?:the|their|our|your) (?:top|best)|(?:you're|you are) (?:so |really |very |"
    r"such )?(?:an? )?(?:strong|great|amazing|talented|valuable|brilliant|capable|wonderful)|"
    r"so (?:valuable|talented))\b",
    re.I,
)
_WORD = re.compile(r"[a-z']+")
# a word of certainty that opens the reply as its answer ("Definitely - ...", "Of course, ...")
# agrees with what they asked; it reassures nobody
_AGREEING = re.compile(
    r"(?:certainly|definitely|surely|of course|for sure)\s*[-,.!:;\u2013\u2014]", re.I
)


def _theirs(words: str, partner: str) -> bool:
    """A word of the stance that carries it (five letters or more: "everyone", "always",
    "deserve") is in their line: they said it, it is handed back ("Everyone tells me to go back"
    -> "Everyone has a plan for you")."""
    said = set(_WORD.findall(partner.lower()))
    return any(len(w) >= 5 and "'" not in w and w in said for w in _WORD.findall(words.lower()))


def own_stance(text: str, partner: str) -> str | None:
    """The first stance of the speaker's own in `text` (words not all in their line), or None."""
    for m in _STANCE.finditer(text):
        if _AGREEING.match(text, m.start()) and not text[: m.start()].strip(" \"'"):
            continue  # "Definitely - one slide up front.": agreeing, then their point
        if not _theirs(m.group(0), partner):
            return m.group(0)
    return None
