"""Scoring: turns a reply into listening, empathy and collaboration scores with evidence.

`default_scorer()` returns the scorer used in play: the semantic scorer (the sentence encoder of
`roleplay.nlp`, the act bank and the lexical cue layer), built once and cached. The
``ROLEPLAY_SCORER`` environment variable picks another one by name (tests set it to ``fixed``;
see choice.py); `get_scorer(name)` returns one by name (`semantic`, `lexical`, `fixed`), e.g. for
`roleplay score --scorer lexical`.
"""

from __future__ import annotations

from functools import cache

from .choice import SCORER_NAMES, chosen_name, scorer_named
from .scorer import LexicalScorer
from .types import DIMENSIONS, Dimension, Evidence, SameSide, Score, ScoreInput, Scorer

__all__ = [
    "DIMENSIONS",
    "Dimension",
    "Evidence",
    "LexicalScorer",
    "SCORER_NAMES",
    "SameSide",
    "Score",
    "ScoreInput",
    "Scorer",
    "default_scorer",
    "get_scorer",
]

PRODUCT_SCORER = "semantic"


@cache
def get_scorer(name: str) -> Scorer:
    """A scorer by name, built once (RoleplayError RP006 for an unknown name)."""
    return scorer_named(name)


def default_scorer() -> Scorer:
    """The scorer used in play (semantic), or the one ROLEPLAY_SCORER names."""
    return get_scorer(chosen_name() or PRODUCT_SCORER)
