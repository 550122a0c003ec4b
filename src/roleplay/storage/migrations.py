"""The schema, as forward-only migrations; ``PRAGMA user_version`` records how far a file got.

Version 1: scenario versions, sessions and turns. Version 2: the optional ``workshop_id`` and
``participant`` columns on sessions (workshop mode). Version 3: ``scored`` and
``unscored_reason`` on turns (a reply the scorer could not read). Version 4: solo sessions that
never saved a turn are removed (older versions wrote a session's row before its first reply).
Add a migration by appending a tuple of statements to :data:`MIGRATIONS`; never edit one that
has shipped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roleplay.errors import StorageError

from .connection import enable_wal, storage_error, write_transaction

_V1 = (
    """
    CREATE TABLE scenario_versions (
        content_hash TEXT PRIMARY KEY,
        scenario_id  TEXT NOT NULL,
        title        TEXT NOT NULL,
        text         TEXT NOT NULL,
        first_seen   TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE sessions (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid          TEXT NOT NULL UNIQUE,
        scenario_id   TEXT NOT NULL,
        content_hash  TEXT NOT NULL REFERENCES scenario_versions(content_hash),
        scenario_path TEXT,
        title         TEXT NOT NULL,
        pass_score    INTEGER NOT NULL,
        learner       TEXT NOT NULL,
        mode          TEXT NOT NULL,
        seed          INTEGER NOT NULL,
        scorer        TEXT NOT NULL,
        started_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        ended_at      TEXT,
        outcome       TEXT CHECK (outcome IN ('success', 'failure', 'neutral', 'abandoned')),
        final_state   TEXT NOT NULL,
        turn_count    INTEGER NOT NULL DEFAULT 0,
        listening     REAL,
        empathy       REAL,
        collaboration REAL,
        overall       INTEGER
    )
    """,
    """
    CREATE TABLE turns (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn_no       INTEGER NOT NULL CHECK (turn_no >= 1),
        parent_id     INTEGER REFERENCES turns(id),
        state         TEXT NOT NULL,
        next_state    TEXT NOT NULL,
        reply         TEXT NOT NULL,
        listening     INTEGER NOT NULL,
        empathy       INTEGER NOT NULL,
        collaboration INTEGER NOT NULL,
        overall       INTEGER NOT NULL,
        same_side     TEXT NOT NULL,
        evidence      TEXT NOT NULL,
        meters        TEXT NOT NULL,
        payload       TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        rewound_at    TEXT
    )
    """,
    "CREATE UNIQUE INDEX turns_live ON turns(session_id, turn_no) WHERE rewound_at IS NULL",
    "CREATE INDEX turns_by_session ON turns(session_id, id)",
    "CREATE INDEX sessions_by_scenario ON sessions(scenario_id, id)",
    "CREATE INDEX sessions_by_start ON sessions(started_at)",
)

_V2 = (
    "ALTER TABLE sessions ADD COLUMN workshop_id TEXT",
    "ALTER TABLE sessions ADD COLUMN participant TEXT",
    "CREATE INDEX sessions_by_workshop ON sessions(workshop_id, participant) "
    "WHERE workshop_id IS NOT NULL",
)

# Version 3: whether the scorer could read each reply, and why not (Score.scored/reason). Older
# rows get them from their JSON payload, which has held them since unreadable replies existed.
_V3 = (
    "ALTER TABLE turns ADD COLUMN scored INTEGER NOT NULL DEFAULT 1 CHECK (scored IN (0, 1))",
    "ALTER TABLE turns ADD COLUMN unscored_reason TEXT",
    "UPDATE turns SET scored = 0, unscored_reason = json_extract(payload, '$.score.reason')"
    " WHERE json_valid(payload) AND json_extract(payload, '$.score.scored') = 0",
)

# Version 4: solo sessions without a single saved turn are removed. Before the first reply was
# saved together with its session (one transaction), starting a scenario wrote the session's row
# at once, so quitting before any reply left a row with nothing in it: history listed it,
# `export` exported it and, being the newest of its scenario, it hid an older unfinished session
# from `resume`. Workshop sessions are kept: a participant who joined is in the room's records
# before their first reply. Such a row holds no reply, score or ending, so nothing is lost.
_V4 = (
    "DELETE FROM sessions WHERE workshop_id IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM turns WHERE turns.session_id = sessions.id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)
OUR_TABLES = frozenset({"scenario_versions", "sessions", "turns", "sqlite_sequence"})


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> int:
    """Check the file is ours, switch it to WAL and bring it up to ``target``; returns the
    version it had before. Safe when several processes race to do it."""
    try:
        before = user_version(conn)
        if before == 0:
            _refuse_foreign(conn, path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "reading its schema version") from None
    refuse_newer(before, path)
    enable_wal(conn, path)
    if before >= target:
        return before
    with write_transaction(conn, path, "upgrading its schema"):
        current = user_version(conn)  # another process may have migrated meanwhile
        refuse_newer(current, path)
        if current == 0:
            _refuse_foreign(conn, path)
        for version in range(current, target):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return before


def refuse_newer(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise StorageError(
            "RP703",
            f"{path}: the database has schema version {version}, newer than this roleplay "
            f"understands ({SCHEMA_VERSION})",
            hint="upgrade roleplay, or set ROLEPLAY_HOME to another folder; the file was not "
            "changed",
        )


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    foreign = sorted({str(r[0]) for r in rows} - OUR_TABLES)
    if foreign:
        raise StorageError(
            "RP705",
            f"{path}: this SQLite file is not a roleplay database (it has tables "
            f"{', '.join(foreign) or 'of its own'})",
            hint="set ROLEPLAY_HOME to another folder or move the file aside; it was not changed",
        )
