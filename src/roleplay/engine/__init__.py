"""The engine: compiles scenarios to state machines and runs sessions over them.

The value types (turns.py), the lifecycle port (lifecycle.py) and the rules (rules.py) load
without the state machine; ``Session``, ``compile_scenario`` and the debrief load on first use,
so storage and reports can import engine types without loading ``transitions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.lazy_exports import loaded_on_use

from .lifecycle import SaveProblem, SessionObserver
from .turns import Mode, Outcome, PreparedReply, RewoundTurn, TurnResult

if TYPE_CHECKING:
    from .compiler import CompiledScenario, compile_scenario
    from .debrief import Debrief, build_debrief
    from .session import Session

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

__getattr__ = loaded_on_use(
    __name__,
    {
        "CompiledScenario": "compiler",
        "compile_scenario": "compiler",
        "Debrief": "debrief",
        "build_debrief": "debrief",
        "Session": "session",
    },
)
