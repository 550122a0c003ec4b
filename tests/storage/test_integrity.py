"""A database with damaged pages is refused on open (RP701) and never written to."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from roleplay.errors import StorageError
from roleplay.storage import SessionStore, database_path

from ..budget import PLAY_BUDGET
from ..cli.helpers import run_main
from .helpers import GOOD_REPLIES, play


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _verdict(path: Path, pragma: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(f"PRAGMA {pragma}").fetchall()[0][0])
    finally:
        conn.close()


def damage_pages(path: Path) -> None:
    """Overwrite four runs of 32 random bytes inside every page but the first (the header), as a
    failing disk or a stray write would, keeping the header and size. Damage that only breaks
    an index is invisible to ``quick_check``, so the first seed whose damage reaches the
    b-tree pages is kept (nearly always the first)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    original = path.read_bytes()
    page = int.from_bytes(original[16:18], "big")
    for seed in range(20):
        data = bytearray(original)
        rng = random.Random(seed)
        for start in range(page, len(data), page):
            for _ in range(4):
                offset = start + rng.randrange(page - 32)
                data[offset : offset + 32] = rng.randbytes(32)
        path.write_bytes(bytes(data))
        if _verdict(path, "quick_check") != "ok":
            return
    raise AssertionError("no seed damaged a page")


@pytest.fixture
def damaged_db() -> Path:
    with SessionStore.open() as store:
        for _ in range(4):
            play(store, GOOD_REPLIES * 3)
        path = store.path
    damage_pages(path)
    assert _verdict(path, "integrity_check") != "ok"  # the file really is malformed
    return path


def test_opening_a_damaged_database_is_refused_untouched(damaged_db: Path) -> None:
    before = _digest(damaged_db)
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP701"
    message = info.value.format()
    assert str(damaged_db) in message and "quick_check" in message
    assert "\n" not in message and message.isprintable()
    assert _digest(damaged_db) == before


@pytest.mark.parametrize(
    "args",
    [("history",), ("stats",), ("export", "last"), ("play", PLAY_BUDGET, "--plain")],
    ids=["history", "stats", "export", "play"],
)
def test_every_command_says_rp701_and_writes_nothing(
    damaged_db: Path, args: tuple[str, ...]
) -> None:
    before = _digest(damaged_db)
    res = run_main(*args, stdin="\n".join(GOOD_REPLIES) + "\n")
    assert res.returncode == 2
    assert "RP701" in res.stderr and "Traceback" not in res.stderr
    assert all(ch.isprintable() for ch in res.stderr.replace("\n", ""))
    assert _digest(damaged_db) == before
    assert not Path(str(database_path()) + "-wal").exists()


def test_a_healthy_database_passes_the_check_on_every_open() -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:2])
    for _ in range(3):
        with SessionStore.open() as store:
            assert store.session(sid).turn_count == 2


@pytest.mark.parametrize(
    "payload",
    [
        '{"turn": 1, "rep',
        '{"turn": 1}',
        "[]",
        "null",
        "[" * 100_000 + "]" * 100_000,  # past Python's recursion limit: no RecursionError
        '{"a":' * 50_000 + "1" + "}" * 50_000,
    ],
    ids=["cut", "fields", "list", "null", "deep-lists", "deep-objects"],
)
def test_damaged_text_inside_a_row_is_rp701_not_a_traceback(payload: str) -> None:
    """Bytes changed inside a row's text keep the file's structure, so quick_check passes; the
    turn that no longer reads back is reported as damage when it is read, and reading it
    changes nothing in the file."""
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:2])
    conn = sqlite3.connect(database_path())
    conn.execute(
        "UPDATE turns SET payload = ? WHERE session_id = ? AND turn_no = 1", (payload, sid)
    )
    conn.commit()
    conn.close()
    with SessionStore.open() as store, pytest.raises(StorageError) as info:
        store.turns(sid)
    assert (
        info.value.code == "RP701" and f"of session {sid} does not read back" in info.value.format()
    )
    before = _digest(database_path())
    for args in (("export", "last"), ("resume", str(sid), "--plain")):
        res = run_main(*args)
        assert res.returncode == 2 and "RP701" in res.stderr and "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) <= 2, res.stderr[-500:]
    assert _digest(database_path()) == before


@pytest.mark.parametrize(
    ("column", "value"),
    [("started_at", "garbage"), ("overall", "abc"), ("listening", "q"), ("ended_at", "\x1b[2J")],
)
def test_a_damaged_session_row_is_rp701_in_every_read_command(column: str, value: str) -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES * 3)
    conn = sqlite3.connect(database_path())
    conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, sid))
    conn.commit()
    conn.close()
    for args in (("history",), ("history", "--json"), ("stats",), ("export", "last")):
        res = run_main(*args)
        assert res.returncode == 2, (args, res.stdout)
        assert "RP701" in res.stderr and f"session {sid} does not read back" in res.stderr
        assert "Traceback" not in res.stderr and "\x1b" not in res.stderr


@pytest.mark.parametrize(
    ("table", "column"),
    [("sessions", "title"), ("turns", "payload"), ("scenario_versions", "text")],
)
def test_text_that_is_not_utf8_is_rp701_in_every_command(table: str, column: str) -> None:
    """Bytes changed inside a text value can leave it invalid UTF-8 (quick_check does not read
    values): sqlite3 then fails to decode the column. That is damage to the file (RP701, move it
    aside), not an unknown database error to report (RP709)."""
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES[:2])
    conn = sqlite3.connect(database_path())
    conn.execute(f"UPDATE {table} SET {column} = CAST(x'49ff20fe6865617220796f75' AS TEXT)")
    conn.commit()
    conn.close()
    refused = 0
    for args in (("history",), ("export", "last"), ("play", PLAY_BUDGET, "--plain")):
        before = _digest(database_path())
        res = run_main(*args, stdin=GOOD_REPLIES[0] + "\n")
        if res.returncode == 0:  # a command that never reads this column
            continue
        refused += 1
        assert res.returncode == 2 and "RP701" in res.stderr, (args, res.stderr[-300:])
        assert "Traceback" not in res.stderr and "RP709" not in res.stderr
        assert _digest(database_path()) == before
    assert refused
