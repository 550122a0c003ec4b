"""Rule 413 (docs/scoring.md): a word of courtesy said over and over is no apology.

"Sorry! So sorry. I'm really sorry, truly sorry, sorry again, we're all so very sorry about
that." (to a tenant nine days without heating) and "Thanks, thank you, thanks so much, thank you
again" earn credit for each sentence that holds the word, and stuffing (rule 51) needs three
separate credited phrases. An apology or thanks said four times or more, with next to nothing
else (at most `OVER_MATTER` words of matter: "hun", "mate", "the mix-up"), apologises for nothing
in particular and does nothing about it: the reply ends no dimension above `OVER_CAP`. Not: "I'm
so sorry. Sorry you waited nine days; I'll have the engineer there by five today." (an apology
that names the matter and acts), a letter of apology whose four "sorry"s each name something.
"""

from __future__ import annotations

import re

from roleplay.scoring.stuffing import matter_words

OVER_TIMES = 4
OVER_MATTER = 2
OVER_CAP = 40
OVER_WHY = "the same apology or thanks said over and over"

_COURTESY = (
    re.compile(r"\b(?:sorry|apolog(?:y|ies|ise|ize|ising|izing))\b", re.IGNORECASE),
    re.compile(r"\b(?:thanks|thank you|thankyou|cheers)\b", re.IGNORECASE),
)
# What every match of each pattern holds, lower-cased: "orry" or "apolog", "than" or "cheer".
# None of their letters matches a character outside ASCII under re.IGNORECASE (only i, s and k
# do: the dotless and dotted i, the long s, the Kelvin sign), so each match holds one of them in
# `reply.lower()`, its own occurrence: a reply with fewer than OVER_TIMES of them in all cannot
# say the word OVER_TIMES times, and the pattern is not run on it.
_HELD = (("orry", "apolog"), ("than", "cheer"))


def said_over(reply: str) -> tuple[int, int] | None:
    """The span of the first courtesy word of a reply that says one four times or more with at
    most two words of matter besides (rule 413), or None."""
    lower = reply.lower()
    for word, held in zip(_COURTESY, _HELD, strict=True):
        if sum(lower.count(part) for part in held) < OVER_TIMES:
            continue
        found = list(word.finditer(reply))
        if len(found) >= OVER_TIMES and len(matter_words(word.sub(" ", reply))) <= OVER_MATTER:
            return found[0].span()
    return None
