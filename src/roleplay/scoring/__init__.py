"""Scoring: turns a reply into listening, empathy and collaboration scores with evidence.

`default_scorer()` returns the scorer used in play: the lexical scorer (lexicons and fitted
weights shipped as package data in `roleplay/scoring/data/`), built once and cached. The
``ROLEPLAY_SCORER`` environment variable picks another one by name (tests set it to ``fixed``;
see choice.py).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .choice import chosen_name, scorer_named
from .scorer import LexicalScorer
from .types import DIMENSIONS, Dimension, Evidence, SameSide, Score, ScoreInput, Scorer

__all__ = [
    "DIMENSIONS",
    "Dimension",
    "Evidence",
    "LexicalScorer",
    "SameSide",
    "Score",
    "ScoreInput",
    "Scorer",
    "default_scorer",
]


def default_scorer() -> Scorer:
    """The scorer used in play, or the one ROLEPLAY_SCORER names (each built once)."""
    name = chosen_name()
    if name is not None:
        return _named(name)
    return _play_scorer()


@cache
def _named(name: str) -> Scorer:
    return scorer_named(name)


@lru_cache(maxsize=1)
def _play_scorer() -> Scorer:
    """The product's scorer (cached: lexicons and weights are loaded once)."""
    return LexicalScorer()
