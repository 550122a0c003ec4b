"""Scoring: turns a reply into listening, empathy and collaboration scores with evidence.

`default_scorer()` returns the scorer used in play: the semantic scorer (the sentence encoder of
`roleplay.nlp`, the act bank and the lexical cue layer), built once and cached. The
``ROLEPLAY_SCORER`` environment variable picks another one by name (tests set it to ``fixed``;
see choice.py); `get_scorer(name)` returns one by name (`semantic`, `lexical`, `fixed`), e.g. for
`roleplay score --scorer lexical`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from roleplay.lazy_exports import loaded_on_use

from .types import DIMENSIONS, Dimension, Evidence, SameSide, Score, ScoreInput, Scorer

if TYPE_CHECKING:
    from .choice import SCORER_NAMES
    from .scorer import LexicalScorer

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

# The scorers (their cue lists and patterns) load when a scorer is first asked for: the types
# above are all that the engine's value types, storage and the picker's start-up need.
__getattr__ = loaded_on_use(__name__, {"SCORER_NAMES": "choice", "LexicalScorer": "scorer"})


@cache
def get_scorer(name: str) -> Scorer:
    """A scorer by name, built once (RoleplayError RP006 for an unknown name)."""
    from .choice import scorer_named

    return scorer_named(name)


def default_scorer() -> Scorer:
    """The scorer used in play (semantic), or the one ROLEPLAY_SCORER names."""
    from .choice import chosen_name

    return get_scorer(chosen_name() or PRODUCT_SCORER)
