"""`roleplay`, `roleplay play ID` and `roleplay resume` on a terminal: the TUI with storage.

The command line runs in-process and its app is driven by Pilot (``ResumeAwareApp.run`` is
replaced by a headless run with the test's steps), so what is checked is what the commands
wire up: the recorder, best scores, history, export and the resume plan.
"""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

import roleplay.cli.play as play_cmd
import roleplay.cli.sessions as sessions_cmd
import roleplay.cli.tui_storage as tui_storage
from roleplay.cli import main
from roleplay.cli.tui_storage import exporter_for
from roleplay.storage import SessionRecorder, SessionStore
from roleplay.tui import resume_app
from roleplay.tui.app import RoleplayApp
from roleplay.tui.resume_app import Storage
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.picker import PickerScreen
from roleplay.tui.screens.resume import ResumeOfferScreen

from ..budget import BUDGET, GOOD_REPLIES, new_session
from ..storage.helpers import play, saved_id
from ..tui.helpers import conversation_ready, picker_ready, say, settle, wait_until

Steps = Callable[[Pilot[int], RoleplayApp], Awaitable[None]]


@pytest.fixture
def drive(monkeypatch: pytest.MonkeyPatch) -> Callable[[Steps], list[RoleplayApp]]:
    """Run the TUI the command opens headless with ``steps``; returns the apps it ran."""
    ran: list[RoleplayApp] = []

    def install(steps: Steps) -> list[RoleplayApp]:
        def run(self: RoleplayApp, **_: object) -> int | None:
            async def go() -> None:
                async with self.run_test(size=(100, 30)) as pilot:
                    await steps(pilot, self)

            ran.append(self)
            asyncio.run(go())
            return self.return_code

        monkeypatch.setattr(resume_app.ResumeAwareApp, "run", run)
        monkeypatch.setattr(play_cmd, "stdin_is_terminal", lambda: True)
        monkeypatch.setattr(sessions_cmd, "stdin_is_terminal", lambda: True)
        return ran

    return install


def _copy_of_budget(folder: Path) -> Path:
    copy = folder / "budget_copy.yaml"
    shutil.copy(BUDGET, copy)
    return copy


def test_bare_roleplay_opens_the_picker_and_saves_what_is_played(
    drive: Callable[[Steps], list[RoleplayApp]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(BUDGET.parent))
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES)  # a finished session: a best score, nothing to resume

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await picker_ready(pilot, app)
        await wait_until(pilot, lambda: bool(app.best_scores), "the best scores")
        assert app.best_scores and app.best_scores["budget_pushback"] > 0
        await pilot.press("enter")
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("ctrl+q")

    ran = drive(steps)
    assert main([]) == 0
    assert len(ran) == 1
    with SessionStore.open() as store:
        newest = store.sessions()[0]
    assert newest.turn_count == 1 and newest.outcome is None  # saved, and left resumable


def test_roleplay_play_offers_the_unfinished_session_and_resumes_it(
    drive: Callable[[Steps], list[RoleplayApp]], tmp_path: Path
) -> None:
    copy = _copy_of_budget(tmp_path)
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(copy, seed=3, observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await wait_until(pilot, lambda: isinstance(app.screen, ResumeOfferScreen), "the offer")
        await pilot.press("y")
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.turn == 1
        await say(pilot, app, GOOD_REPLIES[1])
        await pilot.press("ctrl+q")

    drive(steps)
    assert main(["play", str(copy)]) == 0
    with SessionStore.open() as store:
        assert store.session(sid).turn_count == 2
        assert len(store.sessions()) == 1  # continued, not a second session


def test_roleplay_resume_restarts_on_the_changed_file_when_asked(
    drive: Callable[[Steps], list[RoleplayApp]], tmp_path: Path
) -> None:
    copy = _copy_of_budget(tmp_path)
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        new_session(copy, seed=3, observers=[recorder]).reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
    copy.write_text(copy.read_text().replace("Push back on a budget cut", "Budget, again"))

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await conversation_ready(pilot, app)  # straight in: no offer, the choice was given
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.turn == 0 and screen.session.scenario.title == "Budget, again"
        assert screen.session.seed == 3  # the restart keeps the saved seed
        await say(pilot, app, GOOD_REPLIES[0])  # a new session is saved with its first reply
        await pilot.press("ctrl+q")

    drive(steps)
    assert main(["resume", str(sid), "--restart"]) == 0
    with SessionStore.open() as store:
        assert len(store.sessions()) == 2


def test_roleplay_resume_n_goes_straight_into_session_n(
    drive: Callable[[Steps], list[RoleplayApp]], tmp_path: Path
) -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:2])
        recorder = SessionRecorder(store)  # a newer unfinished session of another file
        new_session(_copy_of_budget(tmp_path), observers=[recorder]).reply(GOOD_REPLIES[0])
        assert saved_id(recorder) > sid

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen) and screen.session.turn == 2
        assert not any(isinstance(s, ResumeOfferScreen) for s in app.screen_stack)
        await pilot.press("ctrl+q")

    drive(steps)
    assert main(["resume", str(sid)]) == 0


def test_resuming_nothing_is_a_one_line_error(
    drive: Callable[[Steps], list[RoleplayApp]], capsys: pytest.CaptureFixture[str]
) -> None:
    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        raise AssertionError("no app opens when there is nothing to resume")

    ran = drive(steps)
    assert main(["resume"]) == 2
    err = capsys.readouterr().err
    assert "RP712" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert ran == []


def test_the_debrief_export_writes_html_and_an_unsaved_session_is_rp713() -> None:
    from roleplay.errors import RoleplayError

    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        export = exporter_for(store, recorder)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        path = export(session)
        assert path.suffix == ".html" and path.is_file()
        assert "Dana" in path.read_text(encoding="utf-8")
        with pytest.raises(RoleplayError) as err:
            export(new_session())  # played without the recorder: never saved
        assert err.value.code == "RP713"


def test_the_picker_is_under_the_offer_and_not_now_leaves_it(
    drive: Callable[[Steps], list[RoleplayApp]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Declining the offer in bare `roleplay` shows the picker (the session stays resumable)."""
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(BUDGET.parent))
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:1])

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await wait_until(pilot, lambda: isinstance(app.screen, ResumeOfferScreen), "the offer")
        await pilot.press("n")
        await settle(pilot, app)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("ctrl+q")

    drive(steps)
    assert main([]) == 0
    with SessionStore.open() as store:
        assert store.session(sid).outcome is None


def _held_storage(
    monkeypatch: pytest.MonkeyPatch, ran: list[RoleplayApp]
) -> tuple[threading.Event, list[bool]]:
    """Storage opens only once the returned event is set; the list records, for each call,
    whether the picker was already on screen with its list when the app (``ran[-1]``) asked."""
    release = threading.Event()
    picker_shown: list[bool] = []
    real = tui_storage.open_storage

    def held(opened: list[SessionStore]) -> Storage:
        screen = ran[-1].screen
        picker_shown.append(
            isinstance(screen, PickerScreen) and screen.query_one(DataTable).row_count > 0
        )
        assert release.wait(30), "the test never released storage"
        return real(opened)

    monkeypatch.setattr(tui_storage, "open_storage", held)
    return release, picker_shown


def test_bare_roleplay_paints_the_picker_then_offers_the_unfinished_session(
    drive: Callable[[Steps], list[RoleplayApp]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Storage opens after the picker is painted with its list; the offer then comes over it,
    and the Best column is filled in."""
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(BUDGET.parent))
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES)  # finished: the best score
        play(store, GOOD_REPLIES[:1])  # unfinished: offered
        best = store.best_scores()["budget_pushback"]

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await picker_ready(pilot, app)
        assert isinstance(app, resume_app.ResumeAwareApp) and app.storage_pending
        table = app.screen.query_one(DataTable)
        assert str(table.get_cell("0", "best")) == "–"  # not known yet
        assert app.recorder is None and app.history is None
        release.set()
        await wait_until(pilot, lambda: isinstance(app.screen, ResumeOfferScreen), "the offer")
        assert str(table.get_cell("0", "best")) == str(best)
        assert app.recorder is not None and app.history is not None
        await pilot.press("y")
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen) and screen.session.turn == 1
        await pilot.press("ctrl+q")

    release, picker_shown = _held_storage(monkeypatch, drive(steps))
    assert main([]) == 0
    assert picker_shown == [True]


def test_a_scenario_chosen_before_storage_is_in_starts_recorded_once_it_is(
    drive: Callable[[Steps], list[RoleplayApp]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(BUDGET.parent))

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await picker_ready(pilot, app)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, PickerScreen)  # waits for storage
        release.set()
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("ctrl+q")

    release, _ = _held_storage(monkeypatch, drive(steps))
    assert main([]) == 0
    with SessionStore.open() as store:
        (record,) = store.sessions()
    assert record.turn_count == 1  # recorded


def test_bare_roleplay_reports_a_database_that_cannot_open(
    drive: Callable[[Steps], list[RoleplayApp]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The database opens after the picker is painted; a coded error closes the app and is
    reported as before: one line, exit 2. A damaged database (RP701) is such an error; a folder
    that cannot be written is not (it opens practice without saving, RP716:
    tests/cli/test_practice_without_saving.py)."""
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(BUDGET.parent))
    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path))
    (tmp_path / "roleplay.sqlite3").write_bytes(b"not a database at all" * 100)

    async def steps(pilot: Pilot[int], app: RoleplayApp) -> None:
        await wait_until(pilot, lambda: not app.is_running, "the app closed")

    drive(steps)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "RP701" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
