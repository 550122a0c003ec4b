"""Weighing both sides: a reply that names both parties or every side (English wording).

Conversational receptiveness (Yeomans, Minson, Collins, Chen & Gino 2020) is engagement with
the opposing view; a reply that names the parties on both sides of the question ("both
parties", "both sides", "each side's view", "the other side", "everyone involved", "both of them",
"both teams") weighs them together rather than arguing one side only. In the receptiveness TRAIN
essays such a reply was rated more receptive in each of the four validation folds. A statement
(not a question, a repeat or a stock phrase) that names them earns `weighed both sides`
(collaboration, listening), once per reply, not in a hostile reply. "Both of us" and "we" are
joint framing (the cue layer's own), not both sides of a question.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentence_checks import plain_statement
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension

# once per reply, in cue units (x the head's cues+ weight: about +5 and +3)
BOTH_SIDES_UNITS: dict[Dimension, float] = {"collaboration": 0.6, "listening": 0.3}
BOTH_SIDES_REASON = "weighed both sides"

BOTH_SIDES = caseless(
    r"\b(?:both|all|each|either|two|opposing) (?:sides|parties)\b|"
    r"\bthe other (?:side|party|parties)\b|\b(?:each|either) side(?:'s)? (?:of (?:the|this|that) "
    r"(?:argument|debate|issue|question|story|dispute)|views?|case|concerns?)\b|"
    r"\beveryone (?:involved|concerned)\b|\ball (?:involved|concerned)\b|"
    r"\bboth of them\b|\bboth (?:teams|groups|departments|people)\b"
)


def both_sides(sentences: list[Sentence], hostile: bool) -> Sentence | None:
    """The first statement that names both sides (None: none does, or the reply is hostile)."""
    if hostile:
        return None
    for s in sentences:
        if plain_statement(s) and BOTH_SIDES.search(s.text) is not None:
            return s
    return None
