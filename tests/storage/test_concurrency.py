"""Several processes writing one database at once: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from roleplay.errors import StorageError
from roleplay.storage import SessionStore, database_path
from roleplay.storage.connection import connect, enable_wal

from ..conftest import REPO

WORKERS = 6
SESSIONS_EACH = 4


def test_concurrent_writers_do_not_corrupt_the_database() -> None:
    SessionStore.open().close()  # not required, but the race on creation is tested below too
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.storage.concurrent_writer", str(w), str(SESSIONS_EACH)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(WORKERS)
    ]
    reported = 0
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        reported += int(out.strip())
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == WORKERS * SESSIONS_EACH
    assert conn.execute("SELECT count(*) FROM turns").fetchone()[0] == reported
    mismatched = conn.execute(
        "SELECT count(*) FROM sessions s WHERE turn_count !="
        " (SELECT count(*) FROM turns t WHERE t.session_id = s.id)"
    ).fetchone()[0]
    assert mismatched == 0
    per_participant = dict(
        conn.execute("SELECT participant, count(*) FROM sessions GROUP BY participant").fetchall()
    )
    assert per_participant == {f"p{w}": SESSIONS_EACH for w in range(WORKERS)}
    conn.close()


def test_processes_racing_to_create_the_database() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.storage.concurrent_writer", str(w), "1"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(WORKERS)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with SessionStore.open() as store:
        assert len(store.sessions()) == WORKERS
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _reader_holding(path: Path) -> sqlite3.Connection:
    """A connection in the middle of a read: the file cannot change journal mode under it."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return holder


def test_wal_switch_retries_a_busy_answer_until_the_other_process_lets_go(tmp_path: Path) -> None:
    # SQLite answers SQLITE_BUSY without waiting in some races on a new file (the flake seen in
    # test_processes_racing_to_create_the_database). A busy timeout of 0 makes that answer
    # certain here; the switch must keep trying (bounded) instead of failing with RP702.
    path = tmp_path / "race.sqlite3"
    sqlite3.connect(path).close()  # a new file in rollback-journal mode
    holder = _reader_holding(path)
    conn = connect(path, timeout_s=0)
    release = threading.Timer(0.2, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        enable_wal(conn, path, timeout_s=30)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        release.join()
        holder.close()
        conn.close()


def test_wal_switch_gives_up_with_rp702_after_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "held.sqlite3"
    sqlite3.connect(path).close()
    holder = _reader_holding(path)
    conn = connect(path, timeout_s=0)
    try:
        with pytest.raises(StorageError) as info:
            enable_wal(conn, path, timeout_s=0.1)
        assert info.value.code == "RP702"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        holder.close()
        conn.close()
