"""Several processes writing one database at once: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from roleplay.storage import SessionStore, database_path

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
