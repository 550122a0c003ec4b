"""Rule 355 (docs/scoring.md): handing them every decision, with nothing of one's own, is a cave.

"You're right, I'm so sorry, I'll do whatever you think is best for him." (to a parent whose son
is seated where he cannot see the board) scored 55, above a plain reply that moved the boy to the
front: "You're right" and "so sorry" earned full validation and sympathy. "Of course, you know
your situation best, so whatever you decide is absolutely fine with me." and "Sure, no problem at
all. Whatever works best for you." are the same move: every decision handed over ("whatever you
want / think / decide / say", "anything you want", "it's up to you", "your call", "you know
best"), nothing of the speaker's own said beside it. It gives in without engaging (no view, no
offer, nothing they said taken up), however warm its words.

A reply holds such a hand-over and, once it is left out, not one word of matter (`matter_words`
of rule 51, besides the words of giving in: "course", "fine", "best", "decide", "him" ...): no
dimension ends above `CAVE_CAP`. Not: a hand-over beside matter of one's own ("Whatever you
decide about the shifts, your kids clearly matter to you.", "It's your call, but I'd keep the
receipts."), "you know best" said of a fact they know ("You know the code best, which module
fails first?" names the code), an offer of support ("Whatever you need, I'm here.").
"""

from __future__ import annotations

import re

from roleplay.scoring.stuffing import matter_words

HAND_OVER = re.compile(
    r"\b(?:"
    r"(?:whatever|anything|however) (?:works|suits)\b|"
    r"(?:whatever|anything|however) you (?:\w+ )?(?:want|wants|like|say|think|decide|prefer|"
    r"choose|feel is|is best|is right)|"
    r"(?:it's|it is|that's|that is) (?:entirely |completely |totally |all |really )?(?:up to you|"
    r"your (?:call|decision|choice))|"
    r"you know (?:your \w+ |what's |what is )?best|"
    # rule 451: the same hand-over in other words: "whatever you'd like us to do", "whichever
    # shifts you want", "whatever keeps everyone happy", and a yes to "that", whatever it is:
    # "of course we can do that for you", "no problem at all"
    r"(?:whatever|whichever|anything) (?:\w+ ){0,2}you(?:'d| would) (?:\w+ )?(?:want|like|"
    r"prefer|choose)|"
    r"whichever (?:\w+ ){1,2}you (?:\w+ )?(?:want|like|prefer|choose)|"
    r"whatever (?:keeps|makes) (?:everyone|everybody|you|them|people|you all|all of you) happy|"
    r"(?:of course|certainly|absolutely|sure),? (?:we|i) can (?:do|arrange|sort) (?:that|this|it)"
    r"(?: for you)?|"
    r"no problem at all"
    r")\b",
    re.IGNORECASE,
)
# the words of giving in, which name no matter of theirs
_GIVING_IN = frozenset(
    """course fine best decide decides decided decision call choice him her them everything
    problem absolutely completely totally entirely works suits happy fair right
    argue quite understand""".split()
)
CAVE_CAP = 45
CAVE_WHY = "handed them every decision with nothing of your own"


def hands_over(reply: str) -> tuple[int, int] | None:
    """The span of a hand-over of every decision in a reply with no matter of its own beside it
    (rule 355), or None."""
    found = list(HAND_OVER.finditer(reply))
    if not found:
        return None
    rest = reply
    for m in found:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if any(w.lower() not in _GIVING_IN for w in matter_words(rest)):
        return None
    return found[0].span()
