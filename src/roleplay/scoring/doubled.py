"""Rule 412 (docs/scoring.md): phrases said twice over pad a reply.

"Aw, so you look after your dad, your dad, who has dementia, dementia, and tonight, tonight, he
didn't know who you were, didn't know who you were, and asked you to leave his house, leave his
house, ..." (to a carer whose father no longer knew her) scored 55, above a plain reply that
named the loss and asked who could give her a break: each stretch of their own words earned a
restatement's credit. A phrase said again straight after itself, at a comma, adds no meaning;
three or more such doublings are padding, whoever's words they double, and the reply ends no
dimension above `DOUBLED_CAP`. Only phrases that hold a word of matter count (rule 51's
`matter_words`): "very, very", "no, no", "sorry, sorry" are emphasis, and one or two doublings
("Nine days, nine days with a newborn: I'll have an engineer there by five.") are left alone.
"""

from __future__ import annotations

import re

from roleplay.scoring.stuffing import matter_words

DOUBLINGS = 3
DOUBLED_CAP = 45
DOUBLED_WHY = "phrases said twice over"

# a phrase of one to four words, a comma, the same phrase again
_DOUBLED = re.compile(r"\b((?:[\w']+ ){0,3}[\w']+), \1\b", re.IGNORECASE)


def doubled(reply: str) -> tuple[int, int] | None:
    """The span of the first doubled phrase of a reply that doubles three or more phrases of
    matter (rule 412), or None."""
    # every match holds its own ", " (the pattern's literal comma and space): a reply with
    # fewer than three cannot double three phrases, so the pattern is not run on it
    if reply.count(", ") < DOUBLINGS:
        return None
    found = [m for m in _DOUBLED.finditer(reply) if matter_words(m.group(1))]
    if len(found) < DOUBLINGS:
        return None
    return found[0].span()
