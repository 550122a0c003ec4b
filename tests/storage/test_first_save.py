"""A solo session's row and its first answered turn are saved in one transaction: a kill or a
failed write while the first reply is saved leaves neither, never a session without replies
(which `history` would list and `resume` would offer)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import pytest

from roleplay.errors import StorageError
from roleplay.storage import SessionRecorder, SessionStore, database_path

from ..budget import GOOD_REPLIES, new_session
from ..conftest import REPO

# Plays one reply with autosave and kills itself (SIGKILL: nothing is cleaned up) the moment
# SQLite is asked to write the first turn's row: after the session's row, before the turn's.
KILLED_WHILE_SAVING = """
import os, signal
from roleplay.storage import SessionRecorder, SessionStore
from tests.budget import GOOD_REPLIES, new_session

store = SessionStore.open()
def trace(sql):
    if sql.lstrip().upper().startswith("INSERT INTO TURNS"):
        os.kill(os.getpid(), signal.SIGKILL)
store._conn.set_trace_callback(trace)
session = new_session(observers=[SessionRecorder(store)])
session.reply(GOOD_REPLIES[0])
raise SystemExit("the first turn was saved without being written")
"""


def _rows(table: str) -> int:
    with sqlite3.connect(database_path()) as db:
        count: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return count


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_kill_while_the_first_reply_is_saved_leaves_no_session() -> None:
    SessionStore.open().close()  # the database exists (and is migrated) before the kill
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_SAVING],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (_rows("sessions"), _rows("turns")) == (0, 0)
    with SessionStore.open() as store:
        assert store.sessions() == [] and store.latest_unfinished() is None


def test_a_failed_first_save_leaves_no_session_and_is_saved_whole_later() -> None:
    with SessionStore.open() as store:
        store._conn.execute(  # this connection only: the database refuses a turn's row
            "CREATE TEMP TRIGGER no_turns BEFORE INSERT ON turns"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        problem = session.save_problem
        assert problem is not None and isinstance(problem.error, StorageError)
        assert recorder.session_id is None
        assert (_rows("sessions"), _rows("turns")) == (0, 0)

        store._conn.execute("DROP TRIGGER no_turns")
        session.reply(GOOD_REPLIES[1])  # the kept first turn goes first, with the row
        assert session.save_problem is None and recorder.session_id is not None
        saved = [t.result.reply for t in store.turns(recorder.session_id)]
        assert saved == GOOD_REPLIES[:2]
        assert _rows("sessions") == 1
