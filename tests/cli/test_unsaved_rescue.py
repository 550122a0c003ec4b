"""A database that never takes the turns (locked, full disk) loses nothing typed: closing, the
replies go to a file of their own, one coded line (RP715) says where and the command that plays
them again, and played again they are saved (storage/rescue.py). A TUI conversation closed for
another one while saves fail is kept and saved once the database takes it."""

from __future__ import annotations

import io
import json
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from roleplay.engine import Session
from roleplay.engine.lifecycle import LifecycleEvent, SaveProblem
from roleplay.errors import RoleplayError, StorageError
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput
from roleplay.storage import SessionRecorder, SessionStore
from roleplay.storage.rescue import rescue

from ..budget import GOOD_REPLIES, PLAY_BUDGET, budget, new_session
from ..storage.flaky import FlakyStore
from ..tui.helpers import conversation_ready, end_here, make_app, say, wait_until

PUZZLING = ["/not a command, a reply", "two lines\nof one reply"]


def _rescued_file(message: str) -> Path:
    kept = message.split(" kept in ")[1].split(" (once")[0]
    return Path(kept)


def test_plain_mode_that_cannot_save_keeps_the_replies_in_a_file_and_says_how_to_save_them(
    _isolated_home: Path,
) -> None:
    replies = GOOD_REPLIES[:2]
    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        with pytest.raises(RoleplayError) as info:
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run(replies)
    line = info.value.format()
    assert info.value.code == "RP715" and "\n" not in line
    assert "RP704" in line and "your 2 replies are kept in" in line
    kept = _rescued_file(line)
    assert kept.parent == _isolated_home  # the data folder first
    assert f"--plain --seed {session.seed} < {kept}" in line
    assert f"roleplay play {PLAY_BUDGET} " in line  # a file played by its path names the path
    # played again on a database that takes them: the same conversation, saved
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        again = Session.start(budget(), session.scorer, session.seed, observers=[recorder])
        lines = kept.read_text(encoding="utf-8").splitlines()
        PlainFrontEnd(again, Printer(io.StringIO(), False)).run(lines)
        assert recorder.session_id is not None
        assert [t.result.reply for t in store.turns(recorder.session_id)] == replies
    assert [t.next_state for t in again.turns] == [t.next_state for t in session.turns]


def test_the_file_reads_back_as_the_same_replies_in_line_mode(tmp_path: Path) -> None:
    session = new_session()
    for reply in PUZZLING:
        session.reply(reply)
    failed = SaveProblem(LifecycleEvent("started"), StorageError("RP702", "locked"), 3)
    line = rescue(session, failed, [tmp_path / "missing", tmp_path]).format()
    kept = _rescued_file(line)
    assert kept.parent == tmp_path  # a folder that is not there is passed over
    assert kept.read_text(encoding="utf-8") == (
        "//not a command, a reply\ntwo lines of one reply\n"
    )
    nowhere = rescue(session, failed, [tmp_path / "missing"]).format()
    assert "no folder could take your replies" in nowhere and "'two lines of one reply'" in nowhere
    assert "\n" not in nowhere


async def test_tui_quit_that_cannot_save_keeps_the_replies_in_a_file(_isolated_home: Path) -> None:
    with FlakyStore.open() as store:
        app = make_app(budget(), recorder=SessionRecorder(store))
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            store.fail_turns = 99
            await say(pilot, app, GOOD_REPLIES[0])
            await pilot.press("ctrl+q")
        assert app.return_code == 2 and app.return_value == 2  # the launchers read either
        (said,) = app.unsaved_report  # printed once the app has run (not in run_test)
        assert said.startswith("RP715 ") and "your reply is kept in" in said
        (kept,) = _isolated_home.glob("roleplay-unsaved-budget_pushback-*.txt")
        assert kept.read_text(encoding="utf-8") == GOOD_REPLIES[0] + "\n"


async def test_tui_conversation_closed_for_another_while_saves_fail_is_saved_later() -> None:
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        app = make_app(budget(), recorder=recorder)
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            store.fail_turns = 99
            await say(pilot, app, GOOD_REPLIES[0])
            first = app.screen.session  # type: ignore[attr-defined]
            await end_here(pilot, app)
            await pilot.press("a")  # play again: the first conversation's screen is gone
            await wait_until(pilot, lambda: app.screen.session is not first, "a new conversation")  # type: ignore[attr-defined]
            store.fail_turns = 0  # the disk has room again
            await pilot.press("ctrl+q")
        assert app.return_code == 0
        (saved,) = store.sessions()
        assert [t.result.reply for t in store.turns(saved.id)] == GOOD_REPLIES[:1]
        assert saved.outcome == "abandoned"


def test_tui_says_what_could_not_be_saved_in_whole_lines_after_it_closes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The RP715 line comes after the screen is gone, as any command's error: 'error: ' and the
    line whole (Textual's exit message was wrapped at the screen's width, inside the path)."""
    line = "RP715 could not be saved; your reply is kept in /a/" + "long-folder-name/" * 8 + "f.txt"
    app = make_app(budget())

    async def leave(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        app.unsaved_report = [line]
        await pilot.press("ctrl+q")

    app.run(headless=True, size=(80, 24), auto_pilot=leave)
    assert capsys.readouterr().err.splitlines()[-1] == f"error: {line}"


def test_a_current_folder_that_was_removed_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rescue runs when something already went wrong: a removed current folder (os.getcwd
    raises) must not end it in a traceback."""
    from roleplay.storage.rescue import rescue_folders

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    folders = rescue_folders()
    assert folders[0] == Path(os.environ["ROLEPLAY_HOME"]) and len(folders) >= 2


async def test_tui_tries_a_closed_conversation_again_until_it_is_saved() -> None:
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        app = make_app(budget(), recorder=recorder)
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            store.fail_turns = 99
            await say(pilot, app, GOOD_REPLIES[0])
            await end_here(pilot, app)
            await pilot.press("a")
            await wait_until(pilot, lambda: len(app.unsaved_sessions) == 1, "kept")
            store.fail_turns = 0
            app._retry_unsaved()  # what the timer does every few seconds
            assert app.unsaved_sessions == [] and app._retrying is None
            assert [t.result.reply for t in store.turns(store.sessions()[0].id)] == [
                GOOD_REPLIES[0]
            ]


def test_json_mode_ends_with_an_error_event_naming_the_file() -> None:
    """As for RP604: a script that reads only stdout learns that the replies were not saved
    and where they are."""
    import json

    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        out = io.StringIO()
        with pytest.raises(RoleplayError):
            PlainFrontEnd(session, Printer(out, False), json_mode=True).run(GOOD_REPLIES[:1])
    last = json.loads(out.getvalue().splitlines()[-1])
    assert last["event"] == "error" and last["code"] == "RP715"
    assert "roleplay-unsaved-budget_pushback-" in last["message"]


def test_plain_mode_refusing_a_reply_over_the_limit_still_keeps_the_unsaved_replies(
    _isolated_home: Path,
) -> None:
    """RP604 ends line mode (exit 2) but not before the last save and the rescue every other
    way out makes: the replies the database did not take went with the process."""
    from roleplay.engine.turns import MAX_REPLY_CHARS

    out = io.StringIO()
    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        with pytest.raises(RoleplayError) as info:
            PlainFrontEnd(session, Printer(out, False), json_mode=True).run(
                [GOOD_REPLIES[0], "x" * (MAX_REPLY_CHARS + 1)]
            )
    line = info.value.format()
    assert info.value.code == "RP715" and "\n" not in line
    assert "RP604" in line  # why it stopped is still said
    assert _rescued_file(line).read_text(encoding="utf-8") == GOOD_REPLIES[0] + "\n"
    events = [json.loads(e)["event"] for e in out.getvalue().splitlines()]
    assert events[-2:] == ["error", "error"]  # RP604, then where the replies went


def test_plain_mode_refusing_a_reply_over_the_limit_saves_what_waits(
    _isolated_home: Path,
) -> None:
    from roleplay.engine.turns import MAX_REPLY_CHARS

    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        store.fail_turns = 1  # the first reply's save fails once, then the disk has room
        with pytest.raises(RoleplayError) as info:
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run(
                [GOOD_REPLIES[0], "x" * (MAX_REPLY_CHARS + 1)]
            )
        assert info.value.code == "RP604"
        assert recorder.session_id is not None
        assert [t.result.reply for t in store.turns(recorder.session_id)] == GOOD_REPLIES[:1]


def _line_mode_with_saves_refused(
    typed: Iterator[str],
) -> tuple[Session, pytest.ExceptionInfo[RoleplayError]]:
    """Line mode on the typed lines while the database refuses every turn; the RP715 it ends
    with."""
    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        with pytest.raises(RoleplayError) as info:
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run(typed)
    return session, info


def test_plain_mode_interrupted_with_ctrl_c_still_keeps_the_unsaved_replies(
    _isolated_home: Path,
) -> None:
    """Ctrl+C while line mode waits: the replies the database did not take go to the rescue
    file (RP715 names the interruption) instead of leaving with the process; the session is
    not stopped (a workshop's stays cut off, to be picked up on rejoining)."""

    def typed() -> Iterator[str]:
        yield GOOD_REPLIES[0]
        raise KeyboardInterrupt

    session, info = _line_mode_with_saves_refused(typed())
    line = info.value.format()
    assert info.value.code == "RP715" and "interrupted" in line
    assert _rescued_file(line).read_text(encoding="utf-8") == GOOD_REPLIES[0] + "\n"
    assert session.outcome is None


def test_plain_mode_interrupted_with_everything_saved_is_still_an_interruption() -> None:
    def typed() -> Iterator[str]:
        yield GOOD_REPLIES[0]
        raise KeyboardInterrupt

    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        with pytest.raises(KeyboardInterrupt):
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run(typed())


@pytest.fixture
def _signal_at_default(signal_name: str) -> Iterator[int]:
    """The test's signal at its default action for the test, then as it was. Line mode takes
    only a signal nobody set before it: a suite run under `nohup` inherits SIGHUP ignored (which
    line mode rightly keeps), so the tests start from the default they are about."""
    number: int = getattr(signal, signal_name)
    inherited = signal.signal(number, signal.SIG_DFL)
    try:
        yield number
    finally:
        signal.signal(number, inherited)


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_plain_mode_ended_by_a_signal_still_keeps_the_unsaved_replies(
    signal_name: str, _signal_at_default: int, _isolated_home: Path
) -> None:
    """A closed terminal (SIGHUP) or a `kill` (SIGTERM) while line mode waits goes out the way
    Ctrl+C does: the replies the database refused go to the rescue file."""
    number = _signal_at_default

    def typed() -> Iterator[str]:
        yield GOOD_REPLIES[0]
        os.kill(os.getpid(), number)
        yield GOOD_REPLIES[1]  # never read: the signal ends line mode first

    _, info = _line_mode_with_saves_refused(typed())
    line = info.value.format()
    assert info.value.code == "RP715" and signal_name in line
    assert _rescued_file(line).read_text(encoding="utf-8") == GOOD_REPLIES[0] + "\n"
    assert signal.getsignal(number) is signal.SIG_DFL  # put back as it was


class _KilledWhileScoring(FixedScorer):
    """The fixed scorer, but the process is sent a signal while the first reply is scored."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.sent = False

    def score(self, item: ScoreInput) -> Score:
        if not self.sent:
            self.sent = True
            os.kill(os.getpid(), self.number)  # delivered here, in the middle of the turn
        return super().score(item)


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_plain_mode_signalled_while_a_reply_is_scored_saves_that_turn_first(
    signal_name: str, _signal_at_default: int
) -> None:
    """A kill while line mode scores a reply used to end it inside the scorer: the reply, sent
    and answered a moment later, was never saved. The signal now waits for that turn (scored,
    applied, saved), then ends line mode as Ctrl+C does; one that comes while it waits for
    input still ends it at once (the test above)."""
    number = _signal_at_default
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        session = Session.start(budget(), _KilledWhileScoring(number), 7, observers=[recorder])
        with pytest.raises(KeyboardInterrupt) as info:
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run(GOOD_REPLIES[:2])
        assert info.value.args == (signal_name,)
        assert recorder.session_id is not None
        saved = [t.result.reply for t in store.turns(recorder.session_id)]
    assert saved == GOOD_REPLIES[:1]  # the reply in flight, and nothing after the signal
    assert signal.getsignal(number) is signal.SIG_DFL


def _replayed(command: str) -> subprocess.CompletedProcess[str]:
    """Run the command an RP715 line gives (``roleplay ... < FILE``) as its reader would."""
    words, _, kept = command.partition(" < ")
    argv = shlex.split(words)
    assert argv[0] == "roleplay"
    with open(shlex.split(kept)[0], encoding="utf-8") as replies:
        return subprocess.run(
            [sys.executable, "-m", "roleplay", *argv[1:]],
            stdin=replies,
            capture_output=True,
            text=True,
            timeout=300,  # a bound for a hung test, not a speed check
        )


def test_replaying_after_a_partial_save_continues_the_saved_session(
    _isolated_home: Path,
) -> None:
    """Found replaying a rescue file: when the session's row and its first turn were saved and
    only later turns failed, the command played every reply again as a new session, leaving the
    saved one behind unfinished beside it. The file now holds only what was not saved (a
    turn taken back as /rewind) and the command continues the saved session."""
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])  # saved: the session's row with its first turn
        saved_id = recorder.session_id
        assert saved_id is not None
        store.fail_turns = 99  # then the disk is full
        session.reply(GOOD_REPLIES[1])
        session.rewind()
        session.reply(GOOD_REPLIES[2])
        with pytest.raises(RoleplayError) as info:
            PlainFrontEnd(session, Printer(io.StringIO(), False)).run([])
    line = info.value.format()
    assert info.value.code == "RP715" and "\n" not in line
    assert f"session {saved_id} is saved up to there; the rest (2 replies) is kept in " in line
    kept = Path(line.split(" is kept in ")[1].split(" (once")[0])
    assert kept.read_text(encoding="utf-8") == f"{GOOD_REPLIES[1]}\n/rewind\n{GOOD_REPLIES[2]}\n"
    command = line.split("once that is dealt with, ")[1].split(" saves them into it")[0]
    assert command == f"roleplay resume {saved_id} --plain < {kept}"
    done = _replayed(command)
    assert done.returncode == 0, done.stderr
    with SessionStore.open() as store:
        (only,) = store.sessions()  # the saved session, continued: no second one
        assert only.id == saved_id
        turns = store.turns(saved_id)
        assert [t.result.reply for t in turns] == [GOOD_REPLIES[0], GOOD_REPLIES[2]]
        every = store.turns(saved_id, include_rewound=True)
        assert [t.result.reply for t in every] == GOOD_REPLIES[:3]  # the take-back kept too
    assert [t.result.next_state for t in turns] == [t.next_state for t in session.turns]


class _StopFails(SessionRecorder):
    """Saves every turn, but marking where the session stopped fails (as a workshop's
    abandoning can, on a locked database)."""

    def stopped(self, session: Session) -> None:
        raise StorageError("RP702", "database is locked")


def test_a_stop_that_could_not_be_saved_after_every_reply_was_says_nothing_is_lost() -> None:
    with FlakyStore.open() as store:
        recorder = _StopFails(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        session.stop()
        problem = session.save_problem
        assert problem is not None and problem.first.kind == "stopped"
        line = rescue(session, problem).format()
    assert line.startswith("RP715 ") and "\n" not in line
    assert f"every reply of it is saved (session {recorder.session_id})" in line
    assert "nothing is lost" in line and "kept in" not in line
