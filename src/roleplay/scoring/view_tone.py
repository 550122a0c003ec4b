"""How much of the reply holds its view lightly: hedged sentences as a share of the reply.

Conversational receptiveness (Yeomans, Minson, Collins, Chen & Gino 2020) names hedging ("I
think", "perhaps", "it seems", "might") as a mark of a reply receptive to an opposing view. The
cue layer credits a hedge word (at most twice per reply, whatever the reply's length); what it
did not weigh is how much of the reply is held lightly. Here a sentence of the reply is
*hedged* when it holds a hedge ("I think", "maybe", "it seems", "I'm not sure", "could") and
is a view, not a lone "Maybe." (HEDGED_WORDS words or more; a repeat does not count).

The reply earns HEDGE_UNITS x hedged / sentences in collaboration and listening: a share, so a
long reply gains nothing by its length, and "I think" stuffed into every sentence earns no more
than a reply held lightly throughout. A reply of fewer than MIN_SENTENCES sentences earns
nothing here (one or two sentences are too little to read a manner of arguing from; the cue's
hedge credit still applies), nor does a hostile one. The item's span is the first hedged
sentence. Measured and not kept: charging flat negation the same way (the share of sentences
with "not", "no", "never" and no hedge) added little on the receptiveness TRAIN split and cost
CaSiNo's coordination and no-need AUCs, where negation is mostly about the speaker's own needs
("I don't need much water"); see docs/scoring.md rule 30a.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension

# per reply, in cue units, when every sentence is hedged (x the head's cues+ weight: ~+11, +6)
HEDGE_UNITS: dict[Dimension, float] = {"collaboration": 1.4, "listening": 0.6}
MIN_SENTENCES = 3
HEDGED_WORDS = 4
HEDGED_REASON = "held your view lightly in much of the reply"

HEDGE = caseless(
    r"\b(?:perhaps|maybe|might|may|somewhat|possibly|probably|seems?|seemed|tend to|tends to|"
    r"could|likely|i guess|i suppose|appears?|i wonder|i think|i believe|"
    r"i feel (?:like|that|as though|as if)|"
    r"in my opinion|i(?:'m| am) not (?:sure|certain|convinced))\b"
)


def held_lightly(
    sentences: list[Sentence], hostile: bool
) -> tuple[Sentence, dict[Dimension, float]] | None:
    """The first hedged sentence and the units per dimension (None: nothing earned)."""
    if hostile:
        return None
    counted = [s for s in sentences if not s.repeat]
    if len(counted) < MIN_SENTENCES:
        return None
    hedged = [s for s in counted if s.words >= HEDGED_WORDS and HEDGE.search(s.text) is not None]
    if not hedged:
        return None
    share = len(hedged) / len(counted)
    return hedged[0], {dim: units * share for dim, units in HEDGE_UNITS.items()}
