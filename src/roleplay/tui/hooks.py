"""Optional objects other parts of roleplay plug into the TUI (exports; the recorder is an
engine ``SessionObserver``).

See the docstring of :mod:`roleplay.tui.app` for when each is called.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from roleplay.engine import Session
    from roleplay.storage.records import ProgressPoint, ScenarioSummary, SessionRecord


#: Called by the debrief's Export action; returns what to tell the learner (e.g. a path) or None.
Exporter = Callable[["Session"], object]


class HistorySource(Protocol):
    """What the History screen reads (called from a worker thread) and how it exports; the
    command line gives one backed by the session store (cli/tui_storage.py), so screens never
    open the database themselves."""

    def scenario_summaries(self) -> list[ScenarioSummary]: ...

    def sessions(
        self, *, limit: int | None = None, scenario_id: str | None = None
    ) -> list[SessionRecord]: ...

    def progress(self, scenario_id: str | None = None) -> list[ProgressPoint]: ...

    def export_html(self, session_id: int) -> Path: ...

    def best_reply(self, scenario_id: str, state: str) -> tuple[str, int] | None:
        """The learner's best saved reply to one state and its overall (for the debrief)."""
        ...
