"""Whether a move worked: one judgement for the debrief and for lint.

The debrief's decisive moves (``roleplay.engine.heard.DecisiveMove.worked``) and RP428's
wrong move (``roleplay.scenario.model_reply_lint.wrong_move``) read a transition the same way:
an ending says whether the move worked (success yes, failure no); short of one, the branch's
meter effects added up (trust +10, patience -15: -5) do (a gain yes, a loss no); a neutral
ending or a branch that moves no meter says nothing (None). It lives here, below the engine,
so that lint, which may not import the engine, reads moves as the debrief does.
"""

from __future__ import annotations

from .model import Scenario, Transition


def move_worked(ending: str | None, effect: int) -> bool | None:
    """Whether a move that led to ``ending`` (None: no ending) with meter effects summing to
    ``effect`` worked; None when neither tells."""
    if ending in ("success", "failure"):
        return ending == "success"
    return None if effect == 0 else effect > 0


def net_effect(transition: Transition) -> int:
    """The transition's meter effects, summed."""
    return sum(transition.effects.values())


def ending_of(scenario: Scenario, state: str) -> str | None:
    """The ending ``state`` is (``success``, ``failure``, ...), or None."""
    target = scenario.states.get(state)
    return target.end if target is not None else None
