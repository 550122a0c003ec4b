"""Rule 356 (docs/scoring.md): "hard to say" is the speaker's doubt, not their hardship.

A padded non-answer ("... there are always a lot of moving parts, a lot of considerations, and a
lot of different perspectives, so it's really, really hard to say anything definitive, as such,
about any one issue, including this one.") earned +22 empathy for "acknowledged it's hard"
("really hard") and scored above a plain decent reply. "Hard to say", "difficult to comment",
"impossible to predict" speak of what the speaker can tell, not of what the partner goes
through: the `difficulty` cue whose hard word is followed by "to say / tell / comment / predict /
judge / speculate / generalise" and then by what cannot be told ("anything", "much", "for sure",
"definitively", "whether", "at this stage", "in general", "without ...", "exactly", the end of
the clause) earns nothing.

Not: their hardship in the same words ("It's hard to say no to your boss", "so hard to say
goodbye", "hard to tell your kids", "hard to know what to do when your dad is ill": their
doing, not the speaker's telling).
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit

SPEAKERS_DOUBT = re.compile(
    r"\A(?: for (?:me|us|anyone|anybody|one))? to (?:say|tell|comment|predict|judge|speculate|"
    r"generali[sz]e|call|pin down|answer|confirm)\b,? ?(?:anything|much|for (?:sure|certain)|"
    r"definitively|definitely|whether|if|at (?:this|the moment|that)|in general|generally|"
    r"without|exactly|right now|yet|as such|one way or (?:the )?other|(?=[,.;:!?]|$))",
    re.IGNORECASE,
)


def speakers_doubt(reply: str, hit: Hit) -> bool:
    """A `difficulty` cue that names the speaker's doubt ("hard to say anything definitive"),
    not their hardship (rule 356)."""
    if hit.feature != "difficulty" or hit.end is None:
        return False
    return SPEAKERS_DOUBT.match(reply[hit.end :]) is not None
