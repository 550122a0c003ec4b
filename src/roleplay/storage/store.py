"""The session store: create sessions, save each answered turn at once, read history back.

One :class:`SessionStore` wraps one SQLite connection. Every write is one short
``BEGIN IMMEDIATE`` transaction, so many processes (a workshop room) can share one file. Methods
are guarded by a lock so a TUI worker thread and the UI thread may share a store.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from roleplay.engine.turns import TurnResult
from roleplay.errors import StorageError

from .claims import SessionClaims
from .connection import connect, connect_read_only, storage_error, write_transaction
from .encoding import timestamp
from .lifecycle_rules import (
    ANSWERED_SQL,
    BEST_SQL,
    FINISHED_SQL,
    LAST_ORDER_SQL,
    PASSED_SQL,
    RESUMABLE_SQL,
)
from .migrations import SCHEMA_VERSION, migrate, refuse_newer, user_version
from .paths import database_path
from .records import NewSession, ProgressPoint, ScenarioSummary, SessionRecord, StoredTurn
from .row_decoding import decoding, session_record, stored_turn
from .session_rows import insert_session, insert_turn, refresh_totals

Clock = Callable[[], datetime | None]

_SESSION_COLUMNS = (
    "id, uuid, scenario_id, title, content_hash, scenario_path, pass_score, learner, mode, seed, "
    "scorer, started_at, updated_at, ended_at, outcome, final_state, turn_count, listening, "
    "empathy, collaboration, overall, workshop_id, participant"
)
_TURN_COLUMNS = "id, session_id, parent_id, payload, created_at, rewound_at"


class SessionStore:
    """Sessions and turns in one SQLite file (see docs/storage.md for the schema)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock | None = None) -> None:
        self._conn = conn
        self.path = path
        self._clock: Clock = clock or (lambda: None)
        self._lock = threading.RLock()
        self.claims = SessionClaims(path)  # the sessions this process plays (claims.py)

    @classmethod
    def open(
        cls, path: Path | None = None, *, timeout_s: float | None = None, clock: Clock | None = None
    ) -> Self:
        """Open (creating and migrating when needed) the database; ``path`` defaults to ours."""
        where = path or database_path()
        conn = connect(where, timeout_s=timeout_s)
        try:
            migrate(conn, where)
        except BaseException:
            conn.close()
            raise
        return cls(conn, where, clock)

    @classmethod
    def open_for_reading(
        cls, path: Path | None = None, *, timeout_s: float | None = None, clock: Clock | None = None
    ) -> Self:
        """Open the database for a command that only reads it (``history``, ``stats``,
        ``export``). As :meth:`open`; but when that fails because the folder cannot be written
        (RP704: a read-only disk or mount, a colleague's folder) and a database of the current
        schema is there, it is opened read-only instead (``connection.connect_read_only``).
        Tried second, not first: a read-only reader of a WAL file leaves an empty ``-wal``
        behind in a folder that can be written, which a writable open tidies away."""
        where = path or database_path()
        try:
            return cls.open(where, timeout_s=timeout_s, clock=clock)
        except StorageError as exc:
            if exc.code != "RP704" or not where.is_file():
                raise
            cannot_write = exc
        conn = connect_read_only(where, timeout_s=timeout_s)
        try:
            version = user_version(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise storage_error(exc, where, "reading its schema version") from None
        if version != SCHEMA_VERSION:  # an upgrade (or the check that it is ours) must write
            conn.close()
            refuse_newer(version, where)
            raise cannot_write
        return cls(conn, where, clock)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self.claims.release_all()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _now(self) -> str:
        return timestamp(self._clock())

    def now(self) -> str:
        """The store's clock as a timestamp (a session saved after it started keeps its start)."""
        return self._now()

    @contextmanager
    def _writing(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._lock, write_transaction(self._conn, self.path, action):
            yield self._conn

    def _read(self, action: str, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                cursor.row_factory = sqlite3.Row
                return list(cursor.fetchall())
            except sqlite3.Error as exc:
                raise storage_error(exc, self.path, action) from None

    # -- writes ----------------------------------------------------------------------------
    def create_session(self, new: NewSession, first_turn: TurnResult | None = None) -> int:
        """Record a new session (and its scenario text, once per version); returns its id.
        With ``first_turn`` the session's row and that turn are one transaction: a crash or a
        failed write leaves both or neither, never a session without its first reply."""
        now = self._now()
        action = "starting a session" if first_turn is None else "saving turn 1"
        with self._writing(action) as db:
            session_id = insert_session(db, new, now)
            if first_turn is not None:
                insert_turn(db, session_id, first_turn, now)
        return session_id

    def save_turn(self, session_id: int, turn: TurnResult) -> int:
        """Commit one answered turn (durably) and refresh the session's totals; returns its id."""
        with self._writing(f"saving turn {turn.turn}") as db:
            return insert_turn(db, session_id, turn, self._now())

    def mark_rewound(self, session_id: int, turn_no: int, back_to_state: str) -> None:
        """The learner took back turn ``turn_no``: keep it, marked rewound, and reopen the session."""
        now = self._now()
        with self._writing(f"rewinding turn {turn_no}") as db:
            db.execute(
                "UPDATE turns SET rewound_at = ? WHERE session_id = ? AND turn_no = ?"
                " AND rewound_at IS NULL",
                (now, session_id, turn_no),
            )
            refresh_totals(db, session_id, now, back_to_state)
            db.execute(
                "UPDATE sessions SET outcome = NULL, ended_at = NULL WHERE id = ?", (session_id,)
            )

    def mark_abandoned(self, session_id: int) -> None:
        """Ended by the learner before an ending; it is over (lifecycle_rules.py)."""
        now = self._now()
        with self._writing("closing a session") as db:
            db.execute(
                "UPDATE sessions SET outcome = 'abandoned', updated_at = ? WHERE id = ?"
                " AND outcome IS NULL",
                (now, session_id),
            )

    def reopen(self, session_id: int) -> None:
        """A resumed session is in progress again."""
        now = self._now()
        with self._writing("resuming a session") as db:
            db.execute(
                "UPDATE sessions SET outcome = NULL, ended_at = NULL, updated_at = ?"
                " WHERE id = ? AND outcome IS NULL",
                (now, session_id),
            )

    # -- reads -----------------------------------------------------------------------------
    def session(self, session_id: int) -> SessionRecord:
        rows = self._read(
            "reading a session",
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?",
            (session_id,),
        )
        if not rows:
            raise StorageError(
                "RP710",
                f"no session {session_id} in {self.path}",
                hint="`roleplay history` lists the sessions and their numbers",
            )
        return session_record(self.path, rows[0])

    def scenario_text(self, content_hash: str) -> str:
        rows = self._read(
            "reading a scenario version",
            "SELECT text FROM scenario_versions WHERE content_hash = ?",
            (content_hash,),
        )
        if not rows:
            raise StorageError(
                "RP711",
                f"{self.path}: the scenario text {content_hash[:12]} is missing",
                hint="the database is incomplete; restart the scenario instead of resuming",
            )
        return str(rows[0][0])

    def turns(self, session_id: int, *, include_rewound: bool = False) -> list[StoredTurn]:
        """The session's turns in the order they were answered (live ones only by default)."""
        where = "" if include_rewound else " AND rewound_at IS NULL"
        rows = self._read(
            "reading turns",
            f"SELECT {_TURN_COLUMNS} FROM turns WHERE session_id = ?{where} ORDER BY id",
            (session_id,),
        )
        return [stored_turn(self.path, r) for r in rows]

    def live_turns(self, session_id: int) -> list[TurnResult]:
        return [t.result for t in self.turns(session_id)]

    def sessions(
        self,
        *,
        limit: int | None = None,
        scenario_id: str | None = None,
        workshop_id: str | None = None,
    ) -> list[SessionRecord]:
        """Newest first."""
        clauses, params = _filters(scenario_id, workshop_id)
        sql = f"SELECT {_SESSION_COLUMNS} FROM sessions{clauses} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        return [session_record(self.path, r) for r in self._read("listing sessions", sql, params)]

    def latest_unfinished(self, scenario_id: str | None = None) -> SessionRecord | None:
        """The newest resumable session (lifecycle_rules.py) that no later session of the same
        scenario has replaced."""
        sql = (
            f"SELECT {_SESSION_COLUMNS} FROM sessions AS s WHERE {RESUMABLE_SQL}"
            " AND NOT EXISTS (SELECT 1 FROM sessions AS later WHERE later.id > s.id"
            " AND later.scenario_id = s.scenario_id AND later.workshop_id IS NULL)"
        )
        params: tuple[Any, ...] = ()
        if scenario_id is not None:
            sql += " AND scenario_id = ?"
            params = (scenario_id,)
        sql += " ORDER BY updated_at DESC, id DESC LIMIT 1"
        rows = self._read("looking for an unfinished session", sql, params)
        return session_record(self.path, rows[0]) if rows else None

    def best_scores(self) -> dict[str, int]:
        """Best overall per scenario over sessions that reached an ending other than failure."""
        rows = self._read(
            "reading best scores",
            f"SELECT scenario_id, max(overall) FROM sessions WHERE {BEST_SQL}"
            " AND overall IS NOT NULL GROUP BY scenario_id",
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def best_reply(self, scenario_id: str, state: str) -> tuple[str, int] | None:
        """The learner's best-scoring saved reply to one state (rewound ones too; workshop
        sessions not: those are other people's; replies the scorer could not read not: they
        earned nothing), with its overall; for the debrief."""
        rows = self._read(
            "looking up your best reply",
            "SELECT t.reply, t.overall FROM turns AS t JOIN sessions AS s ON s.id = t.session_id"
            " WHERE s.scenario_id = ? AND t.state = ? AND s.workshop_id IS NULL AND t.scored = 1"
            " ORDER BY t.overall DESC, t.id LIMIT 1",
            (scenario_id, state),
        )
        return (str(rows[0][0]), int(rows[0][1])) if rows else None

    def scenario_summaries(self, workshop_id: str | None = None) -> list[ScenarioSummary]:
        clauses, params = _filters(None, workshop_id)
        rows = self._read(
            "summarising sessions",
            "SELECT scenario_id, count(*) AS n,"
            f" sum({FINISHED_SQL}) AS finished,"
            f" sum({PASSED_SQL}) AS passed,"
            f" max(CASE WHEN {BEST_SQL} THEN overall END) AS best"
            f" FROM sessions{clauses} {'AND' if clauses else 'WHERE'} {ANSWERED_SQL}"
            " GROUP BY scenario_id ORDER BY scenario_id",
            params,
        )
        out: list[ScenarioSummary] = []
        for r in rows:
            last = self.last_session(str(r["scenario_id"]), workshop_id)
            assert last is not None
            out.append(
                ScenarioSummary(
                    scenario_id=str(r["scenario_id"]),
                    title=last.title,
                    sessions=int(r["n"]),
                    finished=int(r["finished"] or 0),
                    passed=int(r["passed"] or 0),
                    best_overall=None if r["best"] is None else int(r["best"]),
                    last_overall=last.overall,
                    last_played=last.updated_at,
                )
            )
        return out

    def last_session(
        self, scenario_id: str | None = None, workshop_id: str | None = None
    ) -> SessionRecord | None:
        """ "last": the answered session with the latest activity (lifecycle_rules.py)."""
        clauses, params = _filters(scenario_id, workshop_id)
        rows = self._read(
            "looking for the last session",
            f"SELECT {_SESSION_COLUMNS} FROM sessions{clauses}"
            f" {'AND' if clauses else 'WHERE'} {ANSWERED_SQL} {LAST_ORDER_SQL} LIMIT 1",
            params,
        )
        return session_record(self.path, rows[0]) if rows else None

    def turn_speakers(self, session_id: int) -> dict[int, str]:
        """Hot seat: who typed each answered turn (turn number -> name); empty for a session
        played by one person, and in a database that never held a workshop."""
        tables = self._read(
            "reading who typed each turn",
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            " AND name IN ('workshop_turn_speakers', 'workshop_participants')",
        )
        if int(tables[0][0]) < 2:
            return {}
        rows = self._read(
            "reading who typed each turn",
            "SELECT ts.turn_no, p.name FROM workshop_turn_speakers ts"
            " JOIN workshop_participants p ON p.id = ts.participant_id WHERE ts.session_id = ?",
            (session_id,),
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def progress(
        self, scenario_id: str | None = None, workshop_id: str | None = None
    ) -> list[ProgressPoint]:
        """Every session with answered turns, oldest first, with its mean scores."""
        clauses, params = _filters(scenario_id, workshop_id)
        clauses += " AND turn_count > 0" if clauses else " WHERE turn_count > 0"
        rows = self._read(
            "reading progress",
            "SELECT id, scenario_id, started_at, listening, empathy, collaboration, overall"
            f" FROM sessions{clauses} ORDER BY started_at, id",
            params,
        )
        with decoding(self.path, "a session's scores"):
            return [
                ProgressPoint(
                    int(r[0]),
                    str(r[1]),
                    str(r[2]),
                    float(r[3]),
                    float(r[4]),
                    float(r[5]),
                    int(r[6]),
                )
                for r in rows
            ]


def _filters(scenario_id: str | None, workshop_id: str | None) -> tuple[str, tuple[Any, ...]]:
    parts: list[str] = []
    params: tuple[Any, ...] = ()
    if scenario_id is not None:
        parts.append("scenario_id = ?")
        params += (scenario_id,)
    if workshop_id is not None:
        parts.append("workshop_id = ?")
        params += (workshop_id,)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params
