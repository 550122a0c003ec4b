"""Where the engine sends one reply from a given state, without a session: the reply is scored
against the state's line, matched, and sent through the compiled state machine from that state,
with the scenario's starting meters on a first turn (a path's meters are not known here).

Lint's RP428 reads a model reply's route without a scorer (the scenario layer sits below
scoring); this is the engine's own answer, which tests and ``benchmarks/model_reply_lint.py``
hold RP428 to.
"""

from __future__ import annotations

from roleplay.scoring.types import ScoreInput, Scorer

from .compiler import CompiledScenario, Cursor
from .predicates import TurnContext


def route_from(
    compiled: CompiledScenario, state_name: str, reply: str, scorer: Scorer
) -> int | None:
    """The index of the transition the engine takes from ``state_name`` for ``reply``, or None
    when none holds (the reply stays put)."""
    scenario = compiled.scenario
    state = scenario.states[state_name]
    line = state.variants[0] if state.variants else ""
    item = ScoreInput(reply, line, tuple(state.key_points), state.emotion)
    score = scorer.score(item)
    said = compiled.intents.match(reply, state_name, line) if score.scored else ()
    ctx = TurnContext(reply, score, dict(scenario.meters), 1, frozenset(said))
    cursor = Cursor()
    compiled.attach(cursor, state_name)
    try:
        cursor.fire(ctx)
    finally:
        compiled.detach(cursor)
    return ctx.fired[-1] if ctx.fired else None
