"""Conceding a point before countering it, as a share of the reply (conversational
receptiveness; docs/scoring.md rule 49).

Yeomans, Minson, Collins, Chen & Gino (2020) describe a reply receptive to an opposing view as
one that grants something to the other side before it turns to its own. The receptive rule
(receptive.py) credits an acknowledgement by its wording ("I see your point", "I agree that
..."), once per reply; what it did not weigh is a reply that argues by concession throughout,
without those formulas: "Social media certainly amplifies it; however, it also raises
awareness", "Although the accused deserves a hearing, the complainant needs protection now",
"That said, a pilot would show us whether the rota works". A sentence that holds a concessive
turn ("however", "that said", "having said that", "although", "even though", "on the other
hand", "admittedly", "granted,", "nevertheless", "to be fair", a "While ...," opening) holds
both sides in one thought.

The reply earns `conceded a point before countering it` in collaboration and listening in
proportion to the **share** of its statements that turn so, up to SHARE_CAP: a longer reply at
the same share earns the same, flat sentences added lower it, and a turn in every sentence earns
no more than one in every other. Read only in a reply of MIN_SENTENCES or more plain statements
(not a repeat, a stock phrase or a question) of MIN_WORDS words: one or two sentences are too
little to read a manner of arguing from. Never in a hostile reply (the hostility cap rules it),
and a flat no's cap on collaboration (rule 27) still holds over it ("I hear you; however,
we can't ...").
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentence_checks import plain_statement
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension

MIN_SENTENCES = 3
MIN_WORDS = 4  # a sentence shorter than this states no view
SHARE_CAP = 0.5  # a turn in every other sentence earns the most
# per reply, in cue units, at SHARE_CAP (x the head's cues+ weight: about +12 and +8)
CONCEDED_UNITS: dict[Dimension, float] = {"collaboration": 1.5, "listening": 0.9}
CONCEDED_REASON = "conceded a point before countering it"

CONCEDES = caseless(
    r"\b(?:however|on the other hand|that said|having said that|that being said|admittedly|"
    r"granted,|nevertheless|nonetheless|even so|even though|although|then again|to be fair)\b|"
    r"(?:^\W*|, )while\b(?! \w+ing\b)"
)


def conceded(
    sentences: list[Sentence], hostile: bool
) -> tuple[Sentence, dict[Dimension, float]] | None:
    """The first sentence that concedes and turns, and the units per dimension (None: nothing
    earned)."""
    if hostile:
        return None
    counted = [s for s in sentences if plain_statement(s) and s.words >= MIN_WORDS]
    if len(counted) < MIN_SENTENCES:
        return None
    turns = [s for s in counted if CONCEDES.search(s.text) is not None]
    if not turns:
        return None
    share = min(len(turns) / len(counted), SHARE_CAP) / SHARE_CAP
    return turns[0], {d: u * share for d, u in CONCEDED_UNITS.items()}
