"""Workshops, participants and rounds: the facilitator's and the participants' writes.

Every write is one short ``BEGIN IMMEDIATE`` transaction, so 40 participant processes and the
board can share one WAL database. Join codes are stored salted and hashed, never in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from roleplay.engine.rules import mode_named
from roleplay.errors import RoleplayError
from roleplay.storage.connection import storage_error, write_transaction
from roleplay.storage.encoding import load_json
from roleplay.storage.row_decoding import decoding

MAX_NAME = 40


@dataclass(frozen=True)
class Workshop:
    id: str
    name: str
    scenarios: tuple[str, ...]
    max_participants: int
    needs_code: bool
    created_at: float
    mode: str = "coach"  # the host's: "exam" holds for everyone who plays in the workshop


@dataclass(frozen=True)
class Participant:
    id: int
    workshop_id: str
    name: str
    show_name: bool
    rejoined: bool = False
    browser: bool = False  # joined from a browser (its row is owned by the browser's token)


@dataclass(frozen=True)
class Round:
    id: int
    workshop_id: str
    number: int
    started_at: float
    ended_at: float | None
    revealed: bool

    @property
    def open(self) -> bool:
        return self.ended_at is None


def slugify(name: str) -> str:
    """A workshop name -> the id stored in ``sessions.workshop_id`` (``Team day 3`` -> ``team-day-3``).

    Accents go (``Café day`` -> ``cafe-day``); letters with no ASCII form (Cyrillic, Greek, CJK)
    stay as they are, so ``Семинар 3`` and ``Тренинг 3`` are two workshops (both were ``3``,
    and ``研修`` and ``ワークショップ`` both ``workshop``: the second host took over the first
    workshop, its code, scenarios and board). A name with no letter or digit at all gets a
    fingerprint of itself (``!!!`` -> ``workshop-…``). A workshop kept under an older id is
    found by its name (:meth:`WorkshopStore.id_for`)."""
    parts = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        if ch.isascii():
            parts.append(ch.lower() if ch.isalnum() else "-")
        else:
            parts.append(ch.casefold() if ch.isalnum() else "-")
    slug = re.sub(r"-+", "-", "".join(parts)).strip("-")[:60].strip("-")
    if slug:
        return slug
    if not name.strip():
        return "workshop"
    return "workshop-" + hashlib.sha256(name.strip().encode("utf-8", "replace")).hexdigest()[:8]


def clean_display_name(raw: str) -> str:
    """A display name as shown on the board: printable, single-line, at most 40 characters."""
    text = "".join(ch for ch in raw if ch.isprintable()).strip()
    text = re.sub(r"\s+", " ", text)
    if not text:
        raise RoleplayError("RP807", "a display name is needed", hint="type the name to show")
    if len(text) > MAX_NAME:
        raise RoleplayError(
            "RP807", f"display names have at most {MAX_NAME} characters", hint="use a shorter one"
        )
    return text


def normalise_join_code(raw: str) -> str:
    """What people type -> the canonical code: case-insensitive, spaces and dashes ignored."""
    return "".join(ch for ch in raw.upper() if ch.isascii() and ch.isalnum())


def _hash_code(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


class WorkshopStore:
    """Workshop rows on an open connection (see :func:`open_workshop_db`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- workshops -------------------------------------------------------------------------
    def open_workshop(
        self,
        name: str,
        scenarios: list[str],
        *,
        join_code: str | None,
        max_participants: int,
        mode: str = "coach",
    ) -> Workshop:
        """Create the workshop, or update an existing one of that name (a restarted host, whose
        ``mode`` is the workshop's from then on)."""
        wid = self.id_for(name)
        salt = secrets.token_hex(8) if join_code else None
        digest = _hash_code(salt, normalise_join_code(join_code)) if salt and join_code else None
        with write_transaction(self.conn, self.path, "opening the workshop"):
            self.conn.execute(
                "INSERT INTO workshops (id, name, code_salt, code_hash, scenarios,"
                " max_participants, created_at, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                " code_salt = excluded.code_salt, code_hash = excluded.code_hash,"
                " scenarios = excluded.scenarios, max_participants = excluded.max_participants,"
                " mode = excluded.mode",
                (
                    wid,
                    name,
                    salt,
                    digest,
                    json.dumps(scenarios),
                    max_participants,
                    time.time(),
                    mode_named(mode),
                ),
            )
        return self.workshop(wid)

    def id_for(self, name: str) -> str:
        """The id of the workshop called exactly ``name`` (kept under whatever id it was made
        with), else the id a new one of that name gets (:func:`slugify`)."""
        row = self._one("SELECT id FROM workshops WHERE name = ?", (name,))
        return str(row[0]) if row is not None else slugify(name)

    def workshop(self, key: str) -> Workshop:
        row = self._one(
            "SELECT id, name, scenarios, max_participants, code_hash, created_at, mode FROM workshops"
            " WHERE id = ? OR name = ?",
            (slugify(key), key),
        )
        if row is None:
            raise RoleplayError(
                "RP806",
                f"no workshop called '{key}'",
                hint="start one with `roleplay serve --workshop NAME`",
            )
        return _workshop(row, self.path)

    def latest(self) -> Workshop | None:
        row = self._one(
            "SELECT id, name, scenarios, max_participants, code_hash, created_at, mode FROM workshops"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (),
        )
        return None if row is None else _workshop(row, self.path)

    def check_code(self, workshop_id: str, typed: str) -> bool:
        row = self._one("SELECT code_salt, code_hash FROM workshops WHERE id = ?", (workshop_id,))
        if row is None:
            return False
        salt, digest = row
        if digest is None:
            return True
        typed_hash = _hash_code(str(salt), normalise_join_code(typed))
        return hmac.compare_digest(typed_hash, str(digest))

    # -- participants ----------------------------------------------------------------------
    def join(
        self,
        workshop_id: str,
        raw_name: str,
        *,
        show_name: bool = False,
        owner: str | None = None,
        rescue: bool = False,
    ) -> Participant:
        """Add a participant, or continue the one that ``owner`` already joined under that name.

        ``owner`` is the digest of the browser's token (``None`` in line mode on the host's own
        machine). A name is not an identity: a name already held by another owner is refused
        with RP832 and that row (its consent included) is left exactly as it was. The owner
        may change their own consent when they rejoin. ``rescue`` (line mode on the host,
        playing a browser participant's rescue file: RP715) continues a browser's participant
        under its name once that browser has left the workshop; while it is still in, RP832
        says so. The row stays the browser's.
        """
        name = clean_display_name(raw_name)
        key = name.casefold()
        now = time.time()
        with write_transaction(self.conn, self.path, "adding a participant"):
            row = self.conn.execute(
                "SELECT id, name, owner, left_at FROM workshop_participants"
                " WHERE workshop_id = ? AND name_key = ?",
                (workshop_id, key),
            ).fetchone()
            if row is not None:
                replays = rescue and owner is None and row[2] is not None
                if replays and row[3] is None:
                    raise RoleplayError(
                        "RP832",
                        f"the name '{row[1]}' is held by a browser that is still in this "
                        "workshop: its rescue file is played under that name once it has left",
                        hint="ask them to close their tab (or wait until the board shows them "
                        "as left), then run the command again",
                    )
                if row[2] != owner and not replays:
                    raise RoleplayError(
                        "RP832",
                        f"the name '{row[1]}' is taken by someone else in this workshop",
                        hint="choose another display name (add an initial or a number)",
                    )
                self.conn.execute(
                    "UPDATE workshop_participants SET last_seen = ?, show_name = ?, left_at = NULL"
                    " WHERE id = ?",
                    (now, int(show_name), row[0]),
                )
                return Participant(
                    int(row[0]),
                    workshop_id,
                    str(row[1]),
                    show_name,
                    rejoined=True,
                    browser=row[2] is not None,
                )
            cur = self.conn.execute(
                "INSERT INTO workshop_participants (workshop_id, name, name_key, show_name,"
                " joined_at, last_seen, owner) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (workshop_id, name, key, int(show_name), now, now, owner),
            )
            pid = cur.lastrowid
        assert pid is not None
        return Participant(int(pid), workshop_id, name, show_name, browser=owner is not None)

    def touch(self, participant_id: int) -> None:
        with write_transaction(self.conn, self.path, "marking a participant active"):
            self.conn.execute(
                "UPDATE workshop_participants SET last_seen = ?, left_at = NULL WHERE id = ?",
                (time.time(), participant_id),
            )

    def leave(self, participant_id: int) -> None:
        """The participant closed their session: the board shows them as gone at once (their
        sessions stay; joining again under the same name continues them)."""
        with write_transaction(self.conn, self.path, "marking a participant gone"):
            self.conn.execute(
                "UPDATE workshop_participants SET left_at = ? WHERE id = ?",
                (time.time(), participant_id),
            )

    def leave_quietly(self, *participant_ids: int) -> None:
        """:meth:`leave` while closing: a database too busy to say so only means the board
        shows them active until ``ACTIVE_WINDOW_S`` has passed without a heartbeat."""
        for pid in participant_ids:
            try:
                self.leave(pid)
            except RoleplayError:
                pass

    # -- rounds ----------------------------------------------------------------------------
    def current_round(self, workshop_id: str) -> Round | None:
        """The open round, if any."""
        row = self._one(
            "SELECT id, workshop_id, number, started_at, ended_at, revealed FROM workshop_rounds"
            " WHERE workshop_id = ? AND ended_at IS NULL ORDER BY number DESC LIMIT 1",
            (workshop_id,),
        )
        return None if row is None else _round(row)

    def rounds(self, workshop_id: str) -> list[Round]:
        rows = self.conn.execute(
            "SELECT id, workshop_id, number, started_at, ended_at, revealed FROM workshop_rounds"
            " WHERE workshop_id = ? ORDER BY number",
            (workshop_id,),
        ).fetchall()
        return [_round(r) for r in rows]

    def start_round(self, workshop_id: str) -> Round:
        """Close any open round and open the next one."""
        now = time.time()
        with write_transaction(self.conn, self.path, "starting a round"):
            self.conn.execute(
                "UPDATE workshop_rounds SET ended_at = ? WHERE workshop_id = ? AND ended_at IS NULL",
                (now, workshop_id),
            )
            row = self.conn.execute(
                "SELECT coalesce(max(number), 0) FROM workshop_rounds WHERE workshop_id = ?",
                (workshop_id,),
            ).fetchone()
            self.conn.execute(
                "INSERT INTO workshop_rounds (workshop_id, number, started_at) VALUES (?, ?, ?)",
                (workshop_id, int(row[0]) + 1, now),
            )
        opened = self.current_round(workshop_id)
        assert opened is not None
        return opened

    def stop_round(self, workshop_id: str) -> Round | None:
        """Close the open round (people mid-conversation may finish it). None if none was open."""
        current = self.current_round(workshop_id)
        if current is None:
            return None
        with write_transaction(self.conn, self.path, "stopping a round"):
            self.conn.execute(
                "UPDATE workshop_rounds SET ended_at = ? WHERE id = ?", (time.time(), current.id)
            )
        return self.rounds(workshop_id)[-1]

    def reveal(self, round_id: int, revealed: bool = True) -> None:
        with write_transaction(self.conn, self.path, "revealing the group debrief"):
            self.conn.execute(
                "UPDATE workshop_rounds SET revealed = ? WHERE id = ?", (int(revealed), round_id)
            )

    # -- sessions and turns ----------------------------------------------------------------
    def link_session(
        self, session_id: int, workshop_id: str, participant_id: int, round_id: int | None
    ) -> None:
        with write_transaction(self.conn, self.path, "linking a session to the workshop"):
            self.conn.execute(
                "INSERT OR REPLACE INTO workshop_sessions (session_id, workshop_id,"
                " participant_id, round_id) VALUES (?, ?, ?, ?)",
                (session_id, workshop_id, participant_id, round_id),
            )

    def unfinished_session(self, participant_id: int) -> int | None:
        """The conversation a participant picks up when they rejoin (after a closed tab or a
        host that crashed): their newest session, when it has an answered turn, no outcome yet
        and belongs to the workshop's open round. None when there is none: a later session
        replaced it, it ended or was abandoned, or its round is over."""
        row = self._one(
            "SELECT s.id, s.outcome, s.turn_count, ws.round_id, ws.workshop_id"
            " FROM workshop_sessions ws JOIN sessions s ON s.id = ws.session_id"
            " WHERE ws.participant_id = ? ORDER BY s.id DESC LIMIT 1",
            (participant_id,),
        )
        if row is None:
            return None
        session_id, outcome, turn_count, round_id, workshop_id = row
        if outcome is not None or not int(str(turn_count)) or round_id is None:
            return None
        current = self.current_round(str(workshop_id))
        if current is None or current.id != int(str(round_id)):
            return None
        return int(str(session_id))

    def session_owner(self, session_id: int) -> int | None:
        """The participant a workshop session is linked to (None: not a workshop session)."""
        row = self._one(
            "SELECT participant_id FROM workshop_sessions WHERE session_id = ?", (session_id,)
        )
        return None if row is None else int(str(row[0]))

    def attribute_turn(self, session_id: int, turn_no: int, participant_id: int) -> None:
        """Hot-seat mode: who typed turn ``turn_no`` (a rewound and re-answered turn is replaced)."""
        with write_transaction(self.conn, self.path, "attributing a turn"):
            self.conn.execute(
                "INSERT OR REPLACE INTO workshop_turn_speakers (session_id, turn_no,"
                " participant_id) VALUES (?, ?, ?)",
                (session_id, turn_no, participant_id),
            )

    def _one(self, sql: str, args: tuple[object, ...]) -> tuple[object, ...] | None:
        try:
            row = self.conn.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise storage_error(exc, self.path, "reading the workshop") from None
        return None if row is None else tuple(row)


def _workshop(row: tuple[object, ...], path: Path) -> Workshop:
    """A workshop row; one whose text no longer reads back (its list of scenarios cut, garbled
    or nested past Python's recursion limit) is RP701 for the database, never a traceback."""
    wid, name, scenarios, cap, digest, created, mode = row
    with decoding(path, f"workshop '{wid}'"):
        return Workshop(
            id=str(wid),
            name=str(name),
            scenarios=tuple(str(s) for s in load_json(str(scenarios))),
            max_participants=int(str(cap)),
            needs_code=digest is not None,
            created_at=float(str(created)),
            mode=mode_named(None if mode is None else str(mode)),
        )


def _round(row: tuple[object, ...]) -> Round:
    rid, wid, number, started, ended, revealed = row
    return Round(
        id=int(str(rid)),
        workshop_id=str(wid),
        number=int(str(number)),
        started_at=float(str(started)),
        ended_at=None if ended is None else float(str(ended)),
        revealed=bool(revealed),
    )
