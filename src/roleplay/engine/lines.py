"""The counterpart's line for a state: conditional ``say`` variants and seeded choice.

A ``say`` list may hold variants with ``when`` (the same conditions as transitions). After a
reply, the first variant whose conditions hold on that reply (its intents and scores, the meters
after its effects, its turn) is said; otherwise one of the variants without ``when``, chosen
deterministically from the session seed. At the start there is no reply yet, so only the
variants without ``when`` are candidates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from roleplay.scenario.model import State

from .predicates import Condition, TurnContext, build_condition


@dataclass(frozen=True)
class CompiledLine:
    text: str
    conditions: tuple[Condition, ...]  # empty: said when no conditional line holds


def compile_lines(state: State, meters: set[str]) -> tuple[CompiledLine, ...]:
    return tuple(
        CompiledLine(
            v.text, tuple(build_condition(k, c, meters) for k, c in (v.when or {}).items())
        )
        for v in state.lines
    )


def pick_line(
    lines: tuple[CompiledLine, ...],
    seed: int,
    turn: int,
    state_name: str,
    ctx: TurnContext | None,
) -> str:
    """The line to say; ``ctx`` is the reply that led here (None at the start)."""
    if ctx is not None:
        for line in lines:
            if line.conditions and all(cond(ctx) for cond in line.conditions):
                return line.text
    defaults = [line.text for line in lines if not line.conditions]
    if not defaults:  # lint reports this (every variant has `when`); say the first one
        return lines[0].text if lines else ""
    if len(defaults) == 1:
        return defaults[0]
    rng = random.Random(f"{seed}/{state_name}/{turn}")
    return defaults[rng.randrange(len(defaults))]
