"""Scoring: turns a reply into listening, empathy and collaboration scores with evidence.

`default_scorer()` returns the scorer used in play: the lexical scorer (lexicons and fitted
weights shipped as package data in `roleplay/scoring/data/`), built once and cached.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The scorer used in play (cached: lexicons and weights are loaded once)."""
    return LexicalScorer()
