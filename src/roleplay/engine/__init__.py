"""The engine: compiles scenarios to state machines and runs sessions over them."""

from .compiler import CompiledScenario, compile_scenario
from .debrief import Debrief, build_debrief
from .session import Outcome, RewoundTurn, Session, TurnResult

__all__ = [
    "CompiledScenario",
    "Debrief",
    "Outcome",
    "RewoundTurn",
    "Session",
    "TurnResult",
    "build_debrief",
    "compile_scenario",
]
