"""Starting the TUI with storage plugged in: autosave recorder, best scores, export, resume offer.

Textual is imported only inside these functions (it is slow to import).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from roleplay.engine import CompiledScenario, Session
from roleplay.errors import RoleplayError
from roleplay.storage import SessionRecord, SessionRecorder, SessionStore, check_resume

from .autosave import Choice, describe


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
    from roleplay.tui.screens.resume import ResumeAwareApp, ResumeOffer

    with SessionStore.open() as store:
        recorder = SessionRecorder(store, mode=mode)
        pending = resume or store.latest_unfinished(scenario.scenario.id if scenario else None)
        offer = None
        if pending is not None:
            check = check_resume(store, pending)
            if choice == "restart" and check.current is not None:
                from roleplay.engine import compile_scenario

                scenario, pending = compile_scenario(check.current), None
            else:
                offer = ResumeOffer(
                    store, check, describe(pending), direct=resume is not None or choice == "saved"
                )
        app = ResumeAwareApp(
            scenario,
            offer=offer,
            mode=mode,
            seed=seed,
            recorder=recorder,
            best_scores=store.best_scores(),
            exporter=exporter_for(store, recorder),
        )
        app.run()
        return app.return_code or 0
