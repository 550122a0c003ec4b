"""Small rules every front end needs, each written once: the mode, the seed, endings, passing,
and whose turn it is in hot seat.

Dependency-free (the engine's types are for annotations only): the picker imports its mode rule
from here at start-up without loading the engine's value types, the lifecycle or the scorer's
types.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .turns import Mode, Outcome

T = TypeVar("T")
SEED_RANGE = (1, 2**31)
# The outcomes that are endings of a scenario ("abandoned" is not: the learner stopped first).
ENDINGS: tuple[Outcome, ...] = ("success", "failure", "neutral")


def mode_named(text: str | None) -> Mode:
    """A stored or typed mode: "exam" is exam, anything else is coach (the safe default)."""
    return "exam" if text == "exam" else "coach"


def mode_in_workshop(workshop: str | None, asked: str | None) -> Mode:
    """The mode someone plays a workshop in: the workshop's (its host's ``serve --mode``) unless
    they ask for exam, which is stricter. Asking coach mode of an exam workshop is RP817: the
    facilitator hid the scores until the debrief for everyone."""
    if mode_named(workshop) == "exam" and asked is not None and mode_named(asked) != "exam":
        from roleplay.errors import RoleplayError

        raise RoleplayError(
            "RP817",
            "this workshop is in exam mode (set by its host): coach mode is not available in it",
            hint="leave out --mode to play it in exam mode",
        )
    return mode_named(asked) if asked is not None else mode_named(workshop)


def other_mode(mode: str | None) -> Mode:
    """The mode a toggle switches to: coach <-> exam."""
    return "coach" if mode_named(mode) == "exam" else "exam"


def new_seed(given: int | None = None) -> int:
    """The seed a new session uses: the one given, else a random one (so lines vary)."""
    if given is not None:
        return given
    return random.SystemRandom().randrange(*SEED_RANGE)


def passed(outcome: Outcome | str | None, overall: int | None, pass_score: int) -> bool:
    """A session passes when it reached the success ending with overall >= the pass mark.
    (Storage's SQL mirrors this in storage/records.py: PASSED_SQL.)"""
    return outcome == "success" and overall is not None and overall >= pass_score


def verdict(outcome: Outcome | str | None, overall: int | None, pass_score: int) -> str:
    """The pass/fail word every front end shows, with the reason when a success did not pass
    (the ending was reached but the replies averaged under the pass mark: without the reason a
    learner reads "SUCCESS ... not passed" as a contradiction), or when a neutral or unfinished
    session scored over the mark. A failure says why by itself."""
    if passed(outcome, overall, pass_score):
        return "passed"
    if outcome == "success" and overall is not None:
        return "not passed: the ending was reached, but the replies averaged under the pass mark"
    if outcome in ("neutral", "abandoned") and overall is not None and overall >= pass_score:
        # "NEUTRAL: overall 57 (pass 55), not passed" reads as a contradiction too
        return "not passed: the replies averaged over the pass mark, but only the success ending passes"
    return "not passed"


def reached_ending(outcome: Outcome | str | None) -> bool:
    """Finished: the session reached an ending of the scenario (not abandoned, not stopped)."""
    return outcome in ENDINGS


def counts_for_best(outcome: Outcome | str | None, overall: int | None) -> bool:
    """Whether a session's overall counts for the best score: it reached an ending that is not
    a failure (a polite cave that failed is never "your best").
    (Storage's best_scores query mirrors this with BEST_SQL.)"""
    return reached_ending(outcome) and outcome != "failure" and overall is not None


def speaker_of_turn(turn: int, speakers: Sequence[T]) -> T:
    """Hot seat: who answers turn ``turn`` (1-based); speakers take turns in order."""
    if not speakers:
        raise ValueError("hot seat needs at least one speaker")
    return speakers[(turn - 1) % len(speakers)]
