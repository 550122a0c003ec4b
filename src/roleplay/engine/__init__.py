"""The engine: compiles scenarios to state machines and runs sessions over them.

Every name here loads on first use: the value types (turns.py) and the lifecycle port
(lifecycle.py) without the state machine, so storage and reports can import engine types
without loading ``transitions``; ``Session``, ``compile_scenario`` and the debrief with it. The
rules (rules.py) need none of them, so the picker's start-up imports them alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.lazy_exports import loaded_on_use

if TYPE_CHECKING:
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

__getattr__ = loaded_on_use(
    __name__,
    {
        "CompiledScenario": "compiler",
        "compile_scenario": "compiler",
        "Debrief": "debrief",
        "build_debrief": "debrief",
        "Session": "session",
        "SaveProblem": "lifecycle",
        "SessionObserver": "lifecycle",
        "Mode": "turns",
        "Outcome": "turns",
        "PreparedReply": "turns",
        "RewoundTurn": "turns",
        "TurnResult": "turns",
    },
)
