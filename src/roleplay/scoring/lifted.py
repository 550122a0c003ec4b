"""A sentence read by its wording as a kind act, unless a cost cue in it mocks the act.

Rules 139 (sincere praise, `praise.py`) and 153 (a verdict in their corner, `their_corner.py`)
each find sentences whose wording performs an act the encoder misread (appreciation,
validation), and lift them to that act at the strength of an act named by its wording; not a
sentence that also holds a cue which costs points and belongs to the rule's mocking features
(sarcasm, a dismissal, hostility ...): there the kind words are part of the mockery.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.sentences import CUE_ACT_STRENGTH, Sentence, sentence_at
from roleplay.scoring.types import Evidence


def lifted(
    sentences: list[Sentence],
    cues: list[tuple[str, Evidence]],
    found: list[Sentence],
    mocking: Collection[str],
    act: str,
) -> tuple[list[Sentence], bool]:
    """`sentences` with each of `found` that holds no costing cue of `mocking` read as `act`;
    True when any was lifted."""
    mocked = {
        home.start
        for f, e in cues
        if f in mocking and e.points < 0 and (home := sentence_at(sentences, e.span)) is not None
    }
    keep = {s.start for s in found if s.start not in mocked}
    if not keep:
        return sentences, False
    read = SentenceAct(act, CUE_ACT_STRENGTH, 0.0, 0.0)
    return [replace(s, act=read) if s.start in keep else s for s in sentences], True
