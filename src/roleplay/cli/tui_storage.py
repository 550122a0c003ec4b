"""Starting the TUI with storage plugged in: autosave recorder, best scores, export, resume offer.

Textual is imported only inside these functions (it is slow to import). Bare ``roleplay``
imports storage (and sqlite3) only after the picker is painted: the app opens it on a worker.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.errors import Diagnostic, RoleplayError

if TYPE_CHECKING:  # the state machine loads when a session starts, storage after the picker
    from roleplay.engine import CompiledScenario, Session
    from roleplay.storage import (
        ProgressPoint,
        ScenarioSummary,
        SessionRecord,
        SessionRecorder,
        SessionStore,
    )
    from roleplay.storage.resume_plan import Choice, ResumePlan
    from roleplay.tui.resume_app import Storage


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
    mode: str = "coach",
    seed: int | None = None,
    resume: bool = False,
    session_id: int | None = None,
    choice: Choice | None = None,
) -> int:
    """Run the TUI. It offers the newest unfinished session (of ``scenario`` if given); with
    ``resume`` (``roleplay resume [SESSION]``) it goes straight into that session instead. What
    to resume, on which version and the words are the core's :func:`plan_resume`. Bare
    ``roleplay`` (no scenario, no resume) opens storage after the first paint
    (:func:`launch_picker`)."""
    if scenario is None and not resume and session_id is None and choice is None:
        return launch_picker(mode=mode, seed=seed)
    from roleplay.report.console import Printer
    from roleplay.storage.practice import open_or_practise
    from roleplay.storage.resume_plan import plan_resume
    from roleplay.tui.resume_app import ResumeAwareApp

    # resuming must write; only a new session can be practice without saving
    fresh = scenario is not None and not (resume or session_id or choice)
    store = open_or_practise(practice=fresh)
    if isinstance(store, Diagnostic):
        warning = store
        practice = ResumeAwareApp(scenario, mode=mode, seed=seed, notice=warning.format())
        practice.run()
        Printer.for_stream(sys.stderr).line(warning.format(), "yellow")  # kept on the terminal
        return practice.return_code or 0
    with store:
        plan: ResumePlan | None = plan_resume(
            store,
            session_id=session_id,
            scenario_id=scenario.scenario.id if scenario and not resume else None,
            required=resume,
            choice=choice,
        )
        if plan is not None and plan.version(can_ask=True) == "restart":
            scenario, mode, seed = plan.restart_scenario(), plan.mode, plan.record.seed
            plan = None
        elif plan is not None and not plan.ask_first:
            store.claims.claim(plan.record.id)  # RP714 before the TUI opens if it is in use
        storage = storage_of(store, plan)
        app = ResumeAwareApp(
            scenario,
            offer=storage.offer,
            mode=mode,
            seed=seed,
            recorder=storage.recorder,
            best_scores=storage.best_scores,
            exporter=storage.exporter,
            history=storage.history,
        )
        app.run()
        return app.return_code or 0


def launch_picker(*, mode: str = "coach", seed: int | None = None) -> int:
    """Bare ``roleplay``: the picker is painted first; the app then calls :func:`open_storage`
    on a worker (the database, best scores, the offer of the newest unfinished session, which
    is always asked about). A coded error opening the database closes the app and is raised
    here, as it was raised before the app opened."""
    from roleplay.tui.resume_app import ResumeAwareApp

    opened: list[SessionStore] = []
    app = ResumeAwareApp(None, mode=mode, seed=seed, open_storage=lambda: open_storage(opened))
    try:
        app.run()
    finally:
        for store in opened:
            store.close()
    if app.storage_error is not None:
        raise app.storage_error
    if app.notice is not None:  # practice without saving: the warning stays on the terminal
        from roleplay.report.console import Printer

        Printer.for_stream(sys.stderr).line(app.notice, "yellow")
    return app.return_code or 0


def open_storage(opened: list[SessionStore]) -> Storage:
    """Open the database for the app (on its worker thread; the store may be used from any
    thread) and gather what it needs; the store is added to ``opened`` for closing."""
    from roleplay.storage.practice import open_or_practise
    from roleplay.storage.resume_plan import plan_resume
    from roleplay.tui.resume_app import Storage

    store = open_or_practise()
    if isinstance(store, Diagnostic):
        return Storage(None, {}, None, None, None, notice=store.format())
    opened.append(store)
    return storage_of(store, plan_resume(store))


def storage_of(store: SessionStore, offer: ResumePlan | None) -> Storage:
    """What the app plugs in from an open store: the autosave recorder, best scores, export,
    history, and the session to offer (both launches build it here)."""
    from roleplay.storage import SessionRecorder
    from roleplay.tui.resume_app import Storage

    recorder = SessionRecorder(store)
    return Storage(
        recorder=recorder,
        best_scores=store.best_scores(),
        exporter=exporter_for(store, recorder),
        history=StoreHistory(store),
        offer=offer,
    )
