"""The reply-level receptiveness parts of rule 30 (docs/scoring.md), as the semantic scorer's
parts: how much of the reply is held lightly (view_tone.py, 30a), whether it weighs both
sides (both_sides.py, 30c) and how much of it concedes a point before countering
(argued_view.py, 49). Each returns early when its words are absent."""

from __future__ import annotations

from roleplay.scoring.argued_view import CONCEDED_REASON, conceded
from roleplay.scoring.both_sides import BOTH_SIDES_REASON, BOTH_SIDES_UNITS, both_sides
from roleplay.scoring.heads import CUES_UP
from roleplay.scoring.semantic_parts import Part, snippet
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Evidence
from roleplay.scoring.view_tone import HEDGED_REASON, held_lightly


def weighed_view_parts(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]], hostile: bool, engaged_view: bool
) -> list[Part]:
    parts: list[Part] = []
    light = held_lightly(sentences, hostile)  # hedged sentences, as a share (30a)
    if light is not None:
        s, units = light
        note = f'{HEDGED_REASON} ("{snippet(s.text)}")'
        parts += [Part(CUES_UP, d, u, note, (s.start, s.end)) for d, u in units.items()]
    # both sides named (30c); a deal "good for both sides" is the mutual_gain cue's already
    gained = {
        home.start
        for f, e in cues
        if f == "mutual_gain" and (home := sentence_at(sentences, e.span)) is not None
    }
    named = both_sides(sentences, hostile)
    if named is not None and named.start not in gained:
        note = f'{BOTH_SIDES_REASON} ("{snippet(named.text)}")'
        span = (named.start, named.end)
        parts += [Part(CUES_UP, d, u, note, span) for d, u in BOTH_SIDES_UNITS.items()]
    # conceding before countering, as a share (49): another way to engage with their view, so
    # not on top of rule 10's credit for the same engagement
    turned = None if engaged_view else conceded(sentences, hostile)
    if turned is not None:
        s, units = turned
        note = f'{CONCEDED_REASON} ("{snippet(s.text)}")'
        parts += [Part(CUES_UP, d, u, note, (s.start, s.end)) for d, u in units.items()]
    return parts
