"""Optional objects other parts of roleplay plug into the TUI (storage, exports).

See the docstring of :mod:`roleplay.tui.app` for when each is called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from roleplay.engine import Session, TurnResult


class Recorder(Protocol):
    """Receives the session as it happens (storage saves each turn as it is answered)."""

    def started(self, session: Session) -> None: ...

    def turn(self, session: Session, result: TurnResult) -> None: ...

    def rewound(self, session: Session, undone_turn: TurnResult) -> None: ...

    def ended(self, session: Session) -> None: ...


#: Called by the debrief's Export action; returns what to tell the learner (e.g. a path) or None.
Exporter = Callable[["Session"], object]
