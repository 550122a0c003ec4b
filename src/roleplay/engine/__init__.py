"""The engine: compiles scenarios to state machines and runs sessions over them."""

from .compiler import CompiledScenario, compile_scenario
from .debrief import Debrief, build_debrief
from .lifecycle import SaveProblem, SessionObserver
from .session import Session
from .turns import Mode, Outcome, PreparedReply, RewoundTurn, TurnResult

__all__ = [
    "CompiledScenario",
    "Debrief",
    "Mode",
    "Outcome",
    "PreparedReply",
    "RewoundTurn",
    "SaveProblem",
    "Session",
    "SessionObserver",
    "TurnResult",
    "build_debrief",
    "compile_scenario",
]
