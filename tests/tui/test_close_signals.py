"""A `kill` (SIGTERM) or a closed terminal window (SIGHUP) closes the TUI as Ctrl+Q does: the
reply in flight is scored and saved, what the database refused goes to the rescue file (RP715),
the terminal is put back, and the exit code says it was interrupted (130, as plain mode).
Before, the process died at once: the reply being scored was lost, the terminal was left in the
TUI's screen mode, and after SIGHUP a handler would have hung on the dead terminal."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from roleplay.storage import SessionRecorder, SessionStore
from roleplay.tui.close_signals import INTERRUPTED_CODE

from ..budget import BUDGET, GOOD_REPLIES, budget
from ..storage.flaky import FlakyStore
from .helpers import HeldScorer, conversation_ready, make_app, wait_until
from .terminal import Terminal, saved_replies

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


def _answer_once(*extra: str) -> Terminal:
    term = Terminal("play", str(BUDGET), "--seed", "3", *extra)
    try:
        # ready for a reply: line mode prints the opening line before its prompt; the TUI is
        # waited for by its reply box's placeholder, which it paints whole on every blink. The
        # TUI's opening line is no such sign: under load its first paint can come in pieces
        # (the layout settling), and later paints only send what changed, so the line's bytes
        # may never arrive in one run (seen in CI beside the whole suite: 120 s, never found)
        term.wait_for(b"Type your reply" if not extra else b"The board wants the numbers by Friday")
        term.type(GOOD_REPLIES[0] + "\r")
        deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
        while saved_replies() != GOOD_REPLIES[:1]:
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
    assert saved_replies() == GOOD_REPLIES[:1]


@pytest.mark.parametrize("extra", [(), ("--plain",)], ids=["tui", "plain"])
def test_a_closed_terminal_window_ends_the_program_without_hanging(
    _isolated_home: Path, extra: tuple[str, ...]
) -> None:
    term = _answer_once(*extra)
    term.hang_up()  # the kernel sends SIGHUP: the window is gone
    assert term.exit_code() == INTERRUPTED_CODE  # not killed by the signal, and never stuck
    assert saved_replies() == GOOD_REPLIES[:1]


def test_a_kill_puts_the_terminal_back_under_the_facilitators_board(_isolated_home: Path) -> None:
    """The board holds nothing unsaved, but killed it left the terminal in its screen mode."""
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    WorkshopStore(conn, path).open_workshop(
        "Board day", [str(BUDGET)], join_code=None, max_participants=5
    )
    conn.close()
    term = Terminal("board", "--workshop", "Board day")
    term.wait_for(b"Board day")
    before = len(term.seen)
    term.proc.send_signal(signal.SIGTERM)
    assert term.exit_code() == INTERRUPTED_CODE
    assert b"\x1b[?1049l" in bytes(term.seen[before:])
    assert b"Traceback" not in term.seen
