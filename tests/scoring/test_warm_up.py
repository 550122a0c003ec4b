"""Warming a scorer up compiles every cue pattern ahead and changes no score."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.scorer import LexicalScorer
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.types import Scorer, WarmsUp

PARTNER = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."
REPLIES = [
    "That sounds exhausting. What would help most before Friday?",
    "Take it or leave it, you should have planned better.",
    "Could we ship the fixes in two parts, the blockers first?",
    "I'm frustrated too, honestly; let's look at the list together.",
]


def test_compile_all_compiles_every_key_of_both_indexes() -> None:
    lexicon = load_lexicon()
    assert not lexicon.cues.compiled  # compiled on first use of each key, not when loaded
    lexicon.compile_all()
    assert set(lexicon.cues.compiled) == set(lexicon.cues.raw)
    assert set(lexicon.emotion_index.compiled) == set(lexicon.emotion_index.raw)


@pytest.mark.parametrize("kind", [LexicalScorer, SemanticScorer])
def test_a_warmed_up_scorer_scores_as_a_cold_one(kind: type[LexicalScorer]) -> None:
    cold, warm = kind(), kind()
    assert isinstance(warm, WarmsUp) and isinstance(warm, Scorer)
    warm.warm_up()
    assert set(warm.lexicon.cues.compiled) == set(warm.lexicon.cues.raw)
    for reply in REPLIES:
        item = ScoreInput(reply, PARTNER, ("Friday",), "exhausted")
        assert warm.score(item) == cold.score(item)
