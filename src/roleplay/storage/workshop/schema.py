"""Creating the workshop tables (idempotent) on a database the main migrations already built."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roleplay.storage.connection import connect, storage_error, write_transaction
from roleplay.storage.migrations import migrate
from roleplay.storage.paths import database_path

WORKSHOP_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS workshops (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL,
        code_salt        TEXT,
        code_hash        TEXT,
        scenarios        TEXT NOT NULL,
        max_participants INTEGER NOT NULL,
        created_at       REAL NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS workshop_participants (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL REFERENCES workshops(id),
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL,
        show_name   INTEGER NOT NULL DEFAULT 0,
        joined_at   REAL NOT NULL,
        last_seen   REAL NOT NULL,
        owner       TEXT,
        left_at     REAL,
        UNIQUE (workshop_id, name_key)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS workshop_rounds (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL REFERENCES workshops(id),
        number      INTEGER NOT NULL,
        started_at  REAL NOT NULL,
        ended_at    REAL,
        revealed    INTEGER NOT NULL DEFAULT 0,
        UNIQUE (workshop_id, number)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS workshop_sessions (
        session_id     INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        workshop_id    TEXT NOT NULL REFERENCES workshops(id),
        participant_id INTEGER NOT NULL REFERENCES workshop_participants(id),
        round_id       INTEGER REFERENCES workshop_rounds(id)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS workshop_turn_speakers (
        session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn_no        INTEGER NOT NULL,
        participant_id INTEGER NOT NULL REFERENCES workshop_participants(id),
        PRIMARY KEY (session_id, turn_no)
    )
    """,
    "CREATE INDEX IF NOT EXISTS workshop_sessions_by_ws ON workshop_sessions(workshop_id)",
)


def ensure_workshop_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create the workshop tables if they are missing; cheap when they exist."""
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'workshop_turn_speakers'"
    ).fetchone()
    if (
        row
        and int(row[0]) == 1
        and not _missing_columns(conn)
        and not _missing_workshop_columns(conn)
    ):
        return
    with write_transaction(conn, path, "creating the workshop tables"):
        for statement in WORKSHOP_SCHEMA:
            conn.execute(statement)
        for column, kind in _missing_columns(conn):  # a database from an older version
            conn.execute(f"ALTER TABLE workshop_participants ADD COLUMN {column} {kind}")
        for column, kind in _missing_workshop_columns(conn):
            conn.execute(f"ALTER TABLE workshops ADD COLUMN {column} {kind}")


# Participant columns added after the first release: owner (names bound to browsers) and
# left_at (when the participant closed their session; the board stops showing them active).
ADDED_PARTICIPANT_COLUMNS = (("owner", "TEXT"), ("left_at", "REAL"))


# Workshop columns added later: mode (the host's `serve --mode`: exam holds for everyone who
# plays in the workshop; NULL in an older database reads as coach).
ADDED_WORKSHOP_COLUMNS = (("mode", "TEXT"),)


def _missing_workshop_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    columns = {col[1] for col in conn.execute("PRAGMA table_info(workshops)")}
    return [(name, kind) for name, kind in ADDED_WORKSHOP_COLUMNS if name not in columns]


def _missing_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    columns = {col[1] for col in conn.execute("PRAGMA table_info(workshop_participants)")}
    return [(name, kind) for name, kind in ADDED_PARTICIPANT_COLUMNS if name not in columns]


def open_workshop_db(path: Path | None = None) -> tuple[sqlite3.Connection, Path]:
    """Connect, run the main migrations, then make sure the workshop tables exist."""
    where = path or database_path()
    conn = connect(where)
    try:
        migrate(conn, where)
        ensure_workshop_schema(conn, where)
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, where, "preparing the workshop tables") from None
    except BaseException:
        conn.close()
        raise
    return conn, where
