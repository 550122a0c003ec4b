"""`history`, `stats` and `export` only read the database, so they open an existing one
read-only (SQLite ``mode=ro``) and work where the data folder cannot be written: a read-only
disk or mount, a colleague's folder (probe17: all three said RP704 there). Commands that write
(`play` saves, `resume`) still need a writable folder.

Permissions do not stop root (the tests may run as root), so a folder that cannot be written is
stood in for by a writable open that fails the way SQLite fails in one ("unable to open database
file", RP704). That the read-only open creates and changes nothing is checked on the folder
itself; it was also looked at on a real read-only bind mount."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roleplay.errors import StorageError
from roleplay.storage import SCHEMA_VERSION, SessionStore, connection, database_path, store

from ..budget import GOOD_REPLIES, PLAY_BUDGET
from ..cli.helpers import run_main


@pytest.fixture
def saved_session() -> Path:
    played = run_main("play", PLAY_BUDGET, "--plain", stdin=f"{GOOD_REPLIES[0]}\n")
    assert played.returncode == 0, played.stderr
    return database_path()


def _no_writable_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, *, timeout_s: float | None = None) -> sqlite3.Connection:
        raise connection.storage_error(
            sqlite3.OperationalError("unable to open database file"), path, "opening it"
        )

    monkeypatch.setattr(store, "connect", refuse)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["history"], "budget_pushback"),
        (["stats"], "budget_pushback"),
        (["export", "last", "--format", "md"], "Push back on a budget cut"),
    ],
)
def test_reading_commands_work_where_the_folder_cannot_be_written(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], expected: str
) -> None:
    _no_writable_open(monkeypatch)
    done = run_main(*command)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout and done.stderr == ""


def test_resume_still_needs_a_writable_folder(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_writable_open(monkeypatch)
    done = run_main("resume", "--plain")
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "RP704" in line


def test_the_read_only_open_writes_nothing(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_writable_open(monkeypatch)
    before = saved_session.read_bytes()
    with SessionStore.open_for_reading() as reading:
        assert [r.scenario_id for r in reading.sessions()] == ["budget_pushback"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reading._conn.execute("CREATE TABLE scratch (a)")
    assert saved_session.read_bytes() == before


def test_a_writable_folder_is_opened_as_before(saved_session: Path) -> None:
    """Where the folder can be written the usual open is used, which leaves no side files
    (a read-only reader of a WAL file would leave an empty ``-wal``)."""
    with SessionStore.open_for_reading() as reading:
        assert len(reading.sessions()) == 1
    assert not saved_session.with_name(f"{saved_session.name}-wal").exists()


def _cannot_open_read_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """SQLite's answer to ``mode=ro`` on a WAL file in a read-only folder (no ``-shm`` can be
    made there): SQLITE_CANTOPEN; the ``immutable`` open is let through."""
    real = connection._open_for_reading
    tried: list[str] = []

    def open_uri(uri: str, timeout: float, path: Path) -> sqlite3.Connection:
        tried.append(uri.rsplit("?", 1)[1])
        if "immutable" not in uri:
            exc = sqlite3.OperationalError("unable to open database file")
            exc.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN
            raise exc
        return real(uri, timeout, path)

    monkeypatch.setattr(connection, "_open_for_reading", open_uri)
    return tried


def test_a_wal_file_in_a_read_only_folder_is_read_as_immutable(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_writable_open(monkeypatch)
    tried = _cannot_open_read_only(monkeypatch)
    with SessionStore.open_for_reading() as reading:
        assert len(reading.sessions()) == 1
    assert tried == ["mode=ro", "mode=ro&immutable=1"]


def test_a_left_over_wal_is_not_read_past(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-empty ``-wal`` beside the file holds turns the file does not: reading the file
    alone (immutable) would show a past state, so it stays RP704."""
    saved_session.with_name(saved_session.name + "-wal").write_bytes(b"\0" * 32)
    _no_writable_open(monkeypatch)
    _cannot_open_read_only(monkeypatch)
    with pytest.raises(StorageError) as caught:
        SessionStore.open_for_reading()
    assert caught.value.code == "RP704"


@pytest.mark.parametrize(("version", "code"), [(SCHEMA_VERSION - 1, "RP704"), (99, "RP703")])
def test_a_schema_it_cannot_read_as_it_is_still_stops(
    saved_session: Path, monkeypatch: pytest.MonkeyPatch, version: int, code: str
) -> None:
    """An older file needs its upgrade written first: the folder's RP704 stands; a newer one
    is RP703, as always."""
    conn = sqlite3.connect(saved_session)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    _no_writable_open(monkeypatch)
    with pytest.raises(StorageError) as caught:
        SessionStore.open_for_reading()
    assert caught.value.code == code


def test_no_database_yet_is_created_as_before(tmp_path: Path) -> None:
    assert not database_path().exists()
    done = run_main("history")
    assert done.returncode == 0 and "No sessions" in done.stdout
    assert database_path().exists()
