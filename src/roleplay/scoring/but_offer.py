"""A no, then what the speaker will do instead, in one sentence (rule 37).

"I'm not moving the date, but I can lend you one engineer for six weeks": the encoder reads the
whole sentence faintly (here as a concession); the clause after the "but" offers help by its
wording, as the same clause would alone.
"""

from __future__ import annotations

import re

from roleplay.scoring.cue_acts import OFFERS

_BUT = re.compile(r"\bbut,?\s+", re.I)
# "but I could use some firewood": what the speaker would like, not what they will do
_WANTS = re.compile(r"(?:i|we) (?:can|could) (?:really |still |also )?(?:use|do with)\b", re.I)


def offers_after_but(text: str) -> bool:
    """After a "but", the clause offers what the speaker will do ("..., but I can lend you one
    engineer", "..., but we'll cover the first month")."""
    return any(
        OFFERS.search(text[m.end() :]) and not _WANTS.match(text, m.end())
        for m in _BUT.finditer(text)
    )
