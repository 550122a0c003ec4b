"""A `kill` (SIGTERM) or a closed terminal window (SIGHUP) closes the TUI as Ctrl+Q does: the
reply in flight is scored and saved, what the database refused goes to the rescue file (RP715),
the terminal is put back, and the exit code says it was interrupted (130, as plain mode).
Before, the process died at once: the reply being scored was lost, the terminal was left in the
TUI's screen mode, and after SIGHUP a handler would have hung on the dead terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from roleplay.storage import SessionRecorder, SessionStore
from roleplay.tui.close_signals import INTERRUPTED_CODE

from ..budget import BUDGET, GOOD_REPLIES, budget
from ..storage.flaky import FlakyStore
from .helpers import HeldScorer, conversation_ready, make_app, wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


async def test_a_kill_while_a_reply_is_scored_saves_that_turn_before_closing() -> None:
    scorer = HeldScorer()
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        app = make_app(budget(), recorder=recorder, scorer=scorer)
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            screen = app.screen
            screen.query_one("ReplyInput").insert(GOOD_REPLIES[0])  # type: ignore[attr-defined]
            await pilot.press("enter")
            await wait_until(pilot, lambda: screen.pending is not None, "the reply in flight")  # type: ignore[attr-defined]
            # the app's own handler takes it (checked first: without one it ends pytest)
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
            os.kill(os.getpid(), signal.SIGTERM)
            await wait_until(pilot, lambda: app.interrupted_by == "SIGTERM", "the signal")
            assert app.is_running  # it waits for the reply being scored ...
            scorer.release.set()  # ... which is then applied and saved
            await wait_until(pilot, lambda: not app.is_running, "the app closed")
        assert app.return_code == INTERRUPTED_CODE
        assert recorder.session_id is not None
        assert [t.result.reply for t in store.turns(recorder.session_id)] == GOOD_REPLIES[:1]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back after the app


async def test_a_closed_terminal_with_saves_failing_keeps_the_replies_in_a_file(
    _isolated_home: Path,
) -> None:
    with FlakyStore.open() as store:
        app = make_app(budget(), recorder=SessionRecorder(store))
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            store.fail_turns = 99
            screen = app.screen
            screen.query_one("ReplyInput").insert(GOOD_REPLIES[0])  # type: ignore[attr-defined]
            await pilot.press("enter")
            await wait_until(pilot, lambda: screen.session.turn == 1, "the reply answered")  # type: ignore[attr-defined]
            app._signalled("SIGHUP")  # as the handler does, without hanging up pytest's own
            await wait_until(pilot, lambda: not app.is_running, "the app closed")
        assert app.return_code == 2  # nothing asked: nobody is left to answer
        (said,) = app.unsaved_report
        assert said.startswith("RP715 ") and "your reply is kept in" in said
        (kept,) = _isolated_home.glob("roleplay-unsaved-budget_pushback-*.txt")
        assert kept.read_text(encoding="utf-8") == GOOD_REPLIES[0] + "\n"


# -- the real program on a pseudo-terminal ----------------------------------------------------


class _Terminal:
    """`roleplay ARGS` on a pseudo-terminal that is its controlling terminal (so closing
    it hangs the program up, as closing a terminal window does); its output is drained on a
    thread so the program never blocks writing."""

    def __init__(self, *args: str) -> None:
        parent, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

        def own_terminal() -> None:  # runs in the child, after setsid
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)
            # as a shell in a terminal window starts it: a suite run under `nohup` would hand
            # the program SIGHUP ignored, which it rightly keeps (and then never hears the hang-up)
            signal.signal(signal.SIGHUP, signal.SIG_DFL)

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "roleplay", *args],
            stdin=child,
            stdout=child,
            stderr=child,
            start_new_session=True,
            preexec_fn=own_terminal,  # noqa: PLW1509 - only an ioctl, before exec
            env={**os.environ, "TERM": "xterm-256color", "ROLEPLAY_SCORER": "fixed"},
        )
        os.close(child)
        self.fd: int | None = parent
        self.seen = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        # never blocked in a read: a read in progress would keep the terminal open after
        # hang_up closes it (the program would never be hung up)
        with self._lock:
            fd = self.fd
        while fd is not None:
            with self._lock:
                if self.fd is None:
                    return
                ready, _, _ = select.select([fd], [], [], 0)
                try:
                    data = os.read(fd, 65536) if ready else b""
                except OSError:
                    return
            if ready and not data:
                return
            self.seen += data
            if not ready:
                time.sleep(0.02)

    def wait_for(self, wanted: bytes) -> None:
        deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
        while wanted not in self.seen:
            assert self.proc.poll() is None, bytes(self.seen[-400:])
            assert time.monotonic() < deadline, f"never printed {wanted!r}"
            time.sleep(0.05)

    def type(self, text: str) -> None:
        assert self.fd is not None
        os.write(self.fd, text.encode())

    def hang_up(self) -> None:
        with self._lock:
            fd, self.fd = self.fd, None
            assert fd is not None
            os.close(fd)

    def exit_code(self) -> int:
        try:
            return self.proc.wait(timeout=120)  # a bound for a hung test, not a speed check
        finally:
            self.close()

    def close(self) -> None:
        """Kill the program if it still runs and close the terminal (a failed test leaves no
        program behind to load the machine for the tests after it)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.fd is not None:
            self.hang_up()


def _saved_replies() -> list[str]:
    with SessionStore.open() as store:
        return [t.result.reply for s in store.sessions() for t in store.turns(s.id)]


def _answer_once(*extra: str) -> _Terminal:
    term = _Terminal("play", str(BUDGET), "--seed", "3", *extra)
    try:
        # ready for a reply: line mode prints the opening line before its prompt; the TUI is
        # waited for by its reply box's placeholder, which it paints whole on every blink. The
        # TUI's opening line is no such sign: under load its first paint can come in pieces
        # (the layout settling), and later paints only send what changed, so the line's bytes
        # may never arrive in one run (seen in CI beside the whole suite: 120 s, never found)
        term.wait_for(b"Type your reply" if not extra else b"The board wants the numbers by Friday")
        term.type(GOOD_REPLIES[0] + "\r")
        deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
        while _saved_replies() != GOOD_REPLIES[:1]:
            assert time.monotonic() < deadline, bytes(term.seen[-400:])
            time.sleep(0.05)
    except BaseException:
        term.close()
        raise
    return term


@pytest.mark.parametrize("extra", [(), ("--plain",)], ids=["tui", "plain"])
def test_a_kill_closes_the_program_through_its_way_out(
    _isolated_home: Path, extra: tuple[str, ...]
) -> None:
    term = _answer_once(*extra)
    before = len(term.seen)
    term.proc.send_signal(signal.SIGTERM)
    assert term.exit_code() == INTERRUPTED_CODE
    after = bytes(term.seen[before:])
    if not extra:
        assert b"\x1b[?1049l" in after  # the terminal's own screen is back
    assert b"interrupted (SIGTERM)" in after  # after "error: ", in red
    assert b"Traceback" not in term.seen
    assert _saved_replies() == GOOD_REPLIES[:1]


@pytest.mark.parametrize("extra", [(), ("--plain",)], ids=["tui", "plain"])
def test_a_closed_terminal_window_ends_the_program_without_hanging(
    _isolated_home: Path, extra: tuple[str, ...]
) -> None:
    term = _answer_once(*extra)
    term.hang_up()  # the kernel sends SIGHUP: the window is gone
    assert term.exit_code() == INTERRUPTED_CODE  # not killed by the signal, and never stuck
    assert _saved_replies() == GOOD_REPLIES[:1]


def test_a_kill_puts_the_terminal_back_under_the_facilitators_board(_isolated_home: Path) -> None:
    """The board holds nothing unsaved, but killed it left the terminal in its screen mode."""
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    WorkshopStore(conn, path).open_workshop(
        "Board day", [str(BUDGET)], join_code=None, max_participants=5
    )
    conn.close()
    term = _Terminal("board", "--workshop", "Board day")
    term.wait_for(b"Board day")
    before = len(term.seen)
    term.proc.send_signal(signal.SIGTERM)
    assert term.exit_code() == INTERRUPTED_CODE
    assert b"\x1b[?1049l" in bytes(term.seen[before:])
    assert b"Traceback" not in term.seen
