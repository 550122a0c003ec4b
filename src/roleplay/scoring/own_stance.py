"""Rule 230: a restatement that turns against their point is that move, not their point.

A reflection hands their point back. Support talk is full of sentences that begin as a
restatement and then turn on it: "So your claim was refused again without a reason, but it's
only a letter", "That's what leadership is, you can't be friends with everyone", "So you're up
three nights a week for alerts that are mostly noise, but that's part of the job", "Yes
sometimes prioritizing your own well-being has to come first". The encoder reads them close to
their line (they repeat its matter), so rule 190 credited them as restatements, while each one
plays the matter down, passes a verdict on it or lays down a norm: a response of the speaker's
own, which a counsellor would not call a reflection.

The move is read by its words, when they are the speaker's (a word of it that carries it, five
letters or more, in their line is theirs, handed back):

- it plays it down ("it's only a", "it's only temporary", "at least you ...", "hardly a", "no
  big deal", "not the end of the world"), not "it's just a lot to carry" or "it feels like the
  end of the world" (their feeling);
- it lays down a norm ("has to come first", "need at least", "ought to");
- it passes a verdict ("that's what leadership is", "that's how it goes", "that's life", "part
  of the job", "her problem, not yours"), not "that's part of what hurts".

Support of the speaker's own that sides with them (normalising, "you're not alone",
reassurance, praise) is not read here: it is no restatement either, but on Lend an Ear's TRAIN
conversations and the genre sets it ranked better with rule 190's credit than without
(benchmarks/README.md, rule 230).
"""

from __future__ import annotations

import re

# each alternative is a stance of the speaker's; `_theirs` checks its words against their line
_STANCE = re.compile(
    # plays it down ("it's only a letter", "at least you still have a job", "not the end of the
    # world"), not "it's just a lot to carry", "you've hardly slept", "at least for now", "it
    # feels like the end of the world" (their feeling)
    r"\b(?:(?:it's|it is|that's|that is|it was|this is) (?:only|merely|just) (?:a|an|one) "
    r"(?!lot\b|bit\b)|(?:it's|it is|that's|that is) (?:only|just) temporary|hardly (?:a|the|"
    r"anything|matters|worth)|at least (?:you|it|better|they|he|she|that|this|there|your)|no big "
    r"deal|not a big deal|(?:not|isn't|hardly) the end of the world)\b|"
    # a norm laid down, advice as a norm ("has to come first", "you do need at least ...")
    r"\b(?:(?:has|have) to come first|need at least|ought to)\b|"
    # a verdict ("that's what leadership is", "that's how it goes", "part of the job", "that's
    # life", "her problem, not yours"), not "that's part of what hurts"
    r"\b(?:(?:that's|that is|it's|it is) (?:just )?(?:what (?:\w+ )?(?:is|are|happens)|how "
    r"(?:it|life|things) (?:is|goes|works)|the way (?:it|things|life) (?:is|goes|works)|life)|"
    r"part of (?:the job|the deal|the process|the territory|life|growing up|being an?)|"
    r"(?:her|his|their|its) (?:problem|issue|loss),? not (?:yours|you))\b",
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
