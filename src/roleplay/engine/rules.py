"""Small rules every front end needs, each written once: the mode, the seed, passing, and whose
turn it is in hot seat."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

from .turns import Mode, Outcome

T = TypeVar("T")
SEED_RANGE = (1, 2**31)


def mode_named(text: str | None) -> Mode:
    """A stored or typed mode: "exam" is exam, anything else is coach (the safe default)."""
    return "exam" if text == "exam" else "coach"


def new_seed(given: int | None = None) -> int:
    """The seed a new session uses: the one given, else a random one (so lines vary)."""
    if given is not None:
        return given
    return random.SystemRandom().randrange(*SEED_RANGE)


def passed(outcome: Outcome | str | None, overall: int | None, pass_score: int) -> bool:
    """A session passes when it reached the success ending with overall >= the pass mark.
    (Storage's SQL mirrors this in storage/records.py: PASSED_SQL.)"""
    return outcome == "success" and overall is not None and overall >= pass_score


def speaker_of_turn(turn: int, speakers: Sequence[T]) -> T:
    """Hot seat: who answers turn ``turn`` (1-based); speakers take turns in order."""
    if not speakers:
        raise ValueError("hot seat needs at least one speaker")
    return speakers[(turn - 1) % len(speakers)]
