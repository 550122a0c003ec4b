"""Starting the TUI with storage plugged in: autosave recorder, best scores, export, resume offer.

Textual is imported only inside these functions (it is slow to import).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.engine import CompiledScenario, Session, compile_scenario
from roleplay.engine.rules import mode_named
from roleplay.errors import RoleplayError
from roleplay.storage import (
    ProgressPoint,
    ResumeCheck,
    ScenarioSummary,
    SessionRecord,
    SessionRecorder,
    SessionStore,
    check_resume,
    restore_session,
)

from .autosave import Choice, describe

if TYPE_CHECKING:
    from roleplay.tui.screens.resume import ResumeOffer


class StoreHistory:
    """The TUI's history source: the session store, and HTML export into the data folder."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def scenario_summaries(self) -> list[ScenarioSummary]:
        return self.store.scenario_summaries()

    def sessions(
        self, *, limit: int | None = None, scenario_id: str | None = None
    ) -> list[SessionRecord]:
        return self.store.sessions(limit=limit, scenario_id=scenario_id)

    def progress(self, scenario_id: str | None = None) -> list[ProgressPoint]:
        return self.store.progress(scenario_id)

    def export_html(self, session_id: int) -> Path:
        from roleplay.report.formats import export_session

        return export_session(self.store, session_id, "html")

    def best_reply(self, scenario_id: str, state: str) -> tuple[str, int] | None:
        return self.store.best_reply(scenario_id, state)


def resume_offer(store: SessionStore, check: ResumeCheck, *, direct: bool = False) -> ResumeOffer:
    """What the TUI is told about an unfinished session, and how it continues or restarts it."""
    from roleplay.tui.screens.resume import ResumeOffer

    record, current = check.record, check.current
    return ResumeOffer(
        describe(record),
        mode_named(record.mode),
        lambda scorer, observers: restore_session(store, record, check.saved, scorer, observers),
        changed=check.changed,
        restart=None if current is None else (lambda: compile_scenario(current)),
        direct=direct,
    )


def exporter_for(store: SessionStore, recorder: SessionRecorder) -> Callable[[Session], Path]:
    """The debrief's Export action: the session as printable HTML under the data folder."""

    def export_html(session: Session) -> Path:
        from roleplay.report.formats import export_session

        session_id = recorder.id_of(session)
        if session_id is None:
            raise RoleplayError("RP713", "this session was not saved", hint="play it again")
        return export_session(store, session_id, "html")

    return export_html


def launch_with_storage(
    scenario: CompiledScenario | None,
    *,
    mode: str,
    seed: int | None,
    resume: SessionRecord | None = None,
    choice: Choice | None = None,
) -> int:
    """Run the TUI; offers the latest unfinished session (of ``scenario`` if given), or goes
    straight into ``resume`` (``roleplay resume``)."""
    from roleplay.tui.resume_app import ResumeAwareApp

    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        pending = resume or store.latest_unfinished(scenario.scenario.id if scenario else None)
        if resume is not None:
            store.claims.claim(resume.id)  # RP714 before the TUI opens if it is in use
        offer = None
        if pending is not None:
            check = check_resume(store, pending)
            if choice == "restart" and check.current is not None:
                scenario, pending = compile_scenario(check.current), None
            else:
                offer = resume_offer(store, check, direct=resume is not None or choice == "saved")
        app = ResumeAwareApp(
            scenario,
            offer=offer,
            mode=mode,
            seed=seed,
            recorder=recorder,
            best_scores=store.best_scores(),
            exporter=exporter_for(store, recorder),
            history=StoreHistory(store),
        )
        app.run()
        return app.return_code or 0
