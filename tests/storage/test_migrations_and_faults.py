"""Schema upgrades, and damaged, foreign, newer or locked files: coded errors, files untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from roleplay.errors import StorageError
from roleplay.storage import SCHEMA_VERSION, SessionStore, database_path
from roleplay.storage.connection import connect
from roleplay.storage.migrations import migrate, user_version

from .helpers import GOOD_REPLIES, play


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_version_1_database(path: Path) -> None:
    """A database as the first release left it: schema version 1 with one session and turn."""
    conn = connect(path)
    migrate(conn, path, target=1)
    conn.execute(
        "INSERT INTO scenario_versions VALUES ('h1', 'budget_pushback', 'Budget', 'id: x', "
        "'2024-01-01T00:00:00.000Z')"
    )
    conn.execute(
        "INSERT INTO sessions (uuid, scenario_id, content_hash, title, pass_score, learner, mode,"
        " seed, scorer, started_at, updated_at, final_state, turn_count, overall) VALUES ("
        "'u1', 'budget_pushback', 'h1', 'Budget', 55, 'Ada', 'coach', 3, 'lexical',"
        " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'opening', 1, 41)"
    )
    conn.execute(
        "INSERT INTO turns (session_id, turn_no, state, next_state, reply, listening, empathy,"
        " collaboration, overall, same_side, evidence, meters, payload, created_at) VALUES ("
        "1, 1, 'opening', 'dana_repeats', 'ok', 40, 40, 43, 41, 'across', '[]', '{}', '{}',"
        " '2024-01-01T00:00:00.000Z')"
    )
    conn.close()


def test_fresh_database_has_the_current_version() -> None:
    with SessionStore.open() as store:
        assert user_version(store._conn) == SCHEMA_VERSION == 4


def test_version_1_database_upgrades_and_keeps_its_data() -> None:
    path = database_path()
    make_version_1_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert "workshop_id" not in columns
    conn.close()
    with SessionStore.open() as store:
        assert user_version(store._conn) == SCHEMA_VERSION
        old = store.session(1)
        assert (old.learner, old.workshop_id, old.participant) == ("Ada", None, None)
        _, sid = play(store, GOOD_REPLIES[:1])
        assert store.session(sid).turn_count == 1


def test_newer_database_is_refused_untouched() -> None:
    path = database_path()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP703"
    assert str(path) in info.value.format()
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_untouched() -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP705"
    assert "invoices" in info.value.format()
    assert digest(path) == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "bad-header"],
)
def test_corrupt_file_gives_rp701_and_is_left_alone(content: bytes) -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP701"
    message = info.value.format()
    assert str(path) in message and "\n" not in message
    assert path.read_bytes() == content
    assert not Path(str(path) + "-wal").exists()


def test_damaged_pages_in_a_real_database_give_rp701() -> None:
    with SessionStore.open() as store:
        for _ in range(5):
            play(store, GOOD_REPLIES * 3)
        path = store.path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # leave page 1 (the header) intact
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StorageError) as info, SessionStore.open() as store:
        store.sessions()
        store.turns(1)
    assert info.value.code == "RP701"
    assert digest(path) == before


def test_locked_database_gives_rp702_and_keeps_data() -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:1])
    holder = sqlite3.connect(database_path(), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SessionStore.open(timeout_s=0.05) as store:
            with pytest.raises(StorageError) as info:
                store.mark_abandoned(sid)
            assert info.value.code == "RP702"
            assert "locked" in info.value.format()
            assert store.session(sid).outcome is None  # readers still work under WAL
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with SessionStore.open() as store:
        assert store.session(sid).turn_count == 1


def test_unwritable_home_gives_rp704(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ROLEPLAY_HOME", str(blocker / "home"))
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP704"


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_database_that_is_no_regular_file_is_named_as_such(kind: str) -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.mkdir()
    with pytest.raises(StorageError) as info:
        SessionStore.open()  # (a pipe was called a full disk: "free some disk space")
    assert info.value.code == "RP704"
    assert "not a regular file" in str(info.value) and "disk" not in info.value.format()
    assert path.exists() and not path.is_file()  # left as it was


def test_a_data_folder_that_is_a_file_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv("ROLEPLAY_HOME", str(home))
    with pytest.raises(StorageError) as info:
        SessionStore.open()
    assert info.value.code == "RP704" and "the data folder is a file" in str(info.value)
    assert home.read_text() == "not a folder"
