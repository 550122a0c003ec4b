"""Scenario -> a ``transitions`` Machine, built once and shared by every session of it.

The machine has one trigger, ``advance``. Each YAML transition becomes a machine transition, in
file order, so transitions' own rule "the first transition whose conditions hold is taken" is the
format's "first match wins". Conditions and callbacks are partials over the fixed functions in
:mod:`roleplay.engine.predicates`; no string from a scenario ever reaches transitions (which would
import dotted paths named by strings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from transitions import Machine

from roleplay.scenario.loaded import LoadedScenario
from roleplay.scenario.model import Scenario

from .intent_matching import ScenarioIntents
from .lines import CompiledLine, compile_lines
from .predicates import TurnContext, build_condition

TRIGGER = "advance"


def _mark_fired(*, ctx: TurnContext, index: int) -> None:
    ctx.fired.append(index)


class Cursor:
    """The object transitions moves between states; one per session (never the Session itself)."""

    state: str

    def fire(self, ctx: TurnContext) -> bool:
        """Take the first transition out of the current state whose conditions hold."""
        trigger: Any = cast(Any, self).trigger  # bound by transitions.Machine.add_model
        return bool(trigger(TRIGGER, ctx=ctx))


@dataclass
class CompiledScenario:
    loaded: LoadedScenario
    machine: Machine
    lines: dict[str, tuple[CompiledLine, ...]] = field(default_factory=dict)
    intents: ScenarioIntents = field(default_factory=ScenarioIntents.empty)

    @property
    def scenario(self) -> Scenario:
        return self.loaded.scenario

    def attach(self, cursor: Cursor, state: str) -> None:
        self.machine.add_model(cursor, initial=state)

    def detach(self, cursor: Cursor) -> None:
        if cursor in self.machine.models:
            self.machine.remove_model(cursor)


def compile_scenario(loaded: LoadedScenario) -> CompiledScenario:
    scenario = loaded.scenario
    machine = Machine(
        model=None,
        states=list(scenario.states),
        initial=scenario.start,
        auto_transitions=False,
        ignore_invalid_triggers=True,
        send_event=False,
        model_override=False,
    )
    meters = set(scenario.meters)
    for name, state in scenario.states.items():
        if state.end is not None:
            continue
        for index, tr in enumerate(state.transitions):
            conditions: list[Any] = [
                build_condition(k, v, meters) for k, v in (tr.when or {}).items()
            ]
            machine.add_transition(
                TRIGGER,
                source=name,
                dest=tr.to,
                conditions=conditions,
                after=[partial(_mark_fired, index=index)],
            )
    lines = {name: compile_lines(state, meters) for name, state in scenario.states.items()}
    return CompiledScenario(loaded, machine, lines, ScenarioIntents(scenario))
