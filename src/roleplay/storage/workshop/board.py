"""What the facilitator's board shows, read in two queries per refresh.

A snapshot is plain data (no UI): who is in which scenario and state with their scores, and a
heat map of the states where the room struggled. ``round_id`` narrows it to one round;
:func:`current_board` is what the board shows (the latest round, or all of them).
A participant is active while their app is open: seen in the last ``ACTIVE_WINDOW_S`` seconds
and not left (closing the app marks them gone at once; a killed one fades after the window).
Replies the scorer could not read (``turns.scored = 0``, saved with score 0) are no evidence
of struggling: the heat map counts them apart, as unread, and leaves them out of its means.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Round, WorkshopStore

ACTIVE_WINDOW_S = 90.0
HEARTBEAT_S = 20.0  # how often an open app marks its participant seen (well inside the window)
LOW_SCORE = 40


@dataclass(frozen=True)
class BoardParticipant:
    id: int
    name: str
    active: bool  # app open: seen within ACTIVE_WINDOW_S and not left
    left: bool  # closed their app (until they join again)
    sessions: int
    scenario_id: str | None
    title: str | None
    state: str | None
    turns: int
    overall: int | None
    listening: int | None
    empathy: int | None
    collaboration: int | None
    outcome: str | None
    content_hash: str | None = None  # the scenario version played: names the state in words


@dataclass(frozen=True)
class StateHeat:
    scenario_id: str
    state: str
    turns: int  # replies the scorer read; the other fields describe these
    mean_overall: float
    across: int  # turns scored "across the table"
    low: int  # turns scored under LOW_SCORE
    unread: int = 0  # replies the scorer could not read: neither low nor fine
    content_hash: str | None = None  # the latest version played there: names the state in words

    @property
    def struggle(self) -> float:
        """0 (fine) .. 1 (the room struggled): low mean score and replies across the table."""
        if self.turns == 0:
            return 0.0
        score_part = max(0.0, min(1.0, (70.0 - self.mean_overall) / 50.0))
        across_part = self.across / self.turns
        return round(0.6 * score_part + 0.4 * across_part, 3)


@dataclass(frozen=True)
class BoardSnapshot:
    workshop_id: str
    round_id: int | None
    participants: tuple[BoardParticipant, ...]
    heat: tuple[StateHeat, ...]
    sessions: int
    turns: int
    taken_at: float


def _int(value: object) -> int | None:
    return None if value is None else round(float(str(value)))


def board_snapshot(
    conn: sqlite3.Connection, workshop_id: str, round_id: int | None = None
) -> BoardSnapshot:
    round_filter = "" if round_id is None else " AND ws.round_id = :round"
    args: dict[str, object] = {"ws": workshop_id, "round": round_id}
    now = time.time()
    rows = conn.execute(
        "SELECT p.id, p.name, p.last_seen, p.left_at, s.scenario_id, s.title, s.final_state, s.turn_count,"
        " s.overall, s.listening, s.empathy, s.collaboration, s.outcome, latest.n, s.content_hash"
        " FROM workshop_participants p"
        " LEFT JOIN (SELECT ws.participant_id AS pid, max(ws.session_id) AS sid, count(*) AS n"
        "   FROM workshop_sessions ws WHERE ws.workshop_id = :ws" + round_filter + ""
        "   GROUP BY ws.participant_id) latest ON latest.pid = p.id"
        " LEFT JOIN sessions s ON s.id = latest.sid"
        " WHERE p.workshop_id = :ws ORDER BY p.name_key",
        args,
    ).fetchall()
    spoke = _hot_seat_turns(conn, round_filter, args)
    people = tuple(
        _with_own_turns(
            BoardParticipant(
                id=int(r[0]),
                name=str(r[1]),
                active=r[3] is None and now - float(r[2]) <= ACTIVE_WINDOW_S,
                left=r[3] is not None,
                sessions=int(r[13] or 0),
                scenario_id=r[4],
                title=r[5],
                state=r[6],
                turns=int(r[7] or 0),
                overall=_int(r[8]),
                listening=_int(r[9]),
                empathy=_int(r[10]),
                collaboration=_int(r[11]),
                outcome=r[12],
                content_hash=r[14],
            ),
            spoke.get(int(r[0])),
        )
        for r in rows
    )
    heat_rows = conn.execute(
        "SELECT s.scenario_id, t.state, sum(t.scored = 1),"
        " coalesce(avg(CASE WHEN t.scored = 1 THEN t.overall END), 0),"
        " sum(t.scored = 1 AND t.same_side = 'across'), sum(t.scored = 1 AND t.overall < :low),"
        # s.content_hash is a bare column: SQLite takes it from the row of max(s.id)
        " sum(t.scored = 0), max(s.id), s.content_hash"
        " FROM turns t JOIN workshop_sessions ws ON ws.session_id = t.session_id"
        " JOIN sessions s ON s.id = t.session_id"
        " WHERE ws.workshop_id = :ws AND t.rewound_at IS NULL" + round_filter + ""
        " GROUP BY s.scenario_id, t.state",
        {**args, "low": LOW_SCORE},
    ).fetchall()
    heat = tuple(
        sorted(
            (
                StateHeat(
                    str(r[0]),
                    str(r[1]),
                    int(r[2]),
                    float(r[3]),
                    int(r[4]),
                    int(r[5]),
                    int(r[6]),
                    r[8],
                )
                for r in heat_rows
            ),
            key=lambda h: (-h.struggle, h.scenario_id, h.state),
        )
    )
    total_sessions = conn.execute(
        "SELECT count(*) FROM workshop_sessions ws WHERE ws.workshop_id = :ws" + round_filter,
        args,
    ).fetchone()[0]
    return BoardSnapshot(
        workshop_id=workshop_id,
        round_id=round_id,
        participants=people,
        heat=heat,
        sessions=int(total_sessions),
        turns=sum(h.turns + h.unread for h in heat),
        taken_at=now,
    )


def _hot_seat_turns(
    conn: sqlite3.Connection, round_filter: str, args: dict[str, object]
) -> dict[int, tuple[object, ...]]:
    """participant id -> (sessions, turns, listening, empathy, collaboration, overall, then the
    scenario id, title, state, outcome and version of the latest of those sessions) over the
    hot-seat turns they answered (only scored turns count in the means)."""
    rows = conn.execute(
        "SELECT h.pid, h.sessions, h.turns, h.l, h.e, h.c, h.o,"
        " s.scenario_id, s.title, s.final_state, s.outcome, s.content_hash FROM ("
        "   SELECT ts.participant_id AS pid, count(DISTINCT ts.session_id) AS sessions,"
        "   count(*) AS turns, max(ts.session_id) AS sid,"
        "   avg(CASE WHEN t.scored = 1 THEN t.listening END) AS l,"
        "   avg(CASE WHEN t.scored = 1 THEN t.empathy END) AS e,"
        "   avg(CASE WHEN t.scored = 1 THEN t.collaboration END) AS c,"
        "   avg(CASE WHEN t.scored = 1 THEN t.overall END) AS o"
        "   FROM workshop_turn_speakers ts"
        "   JOIN turns t ON t.session_id = ts.session_id AND t.turn_no = ts.turn_no"
        "   JOIN workshop_sessions ws ON ws.session_id = ts.session_id"
        "   WHERE ws.workshop_id = :ws AND t.rewound_at IS NULL" + round_filter + ""
        "   GROUP BY ts.participant_id) h JOIN sessions s ON s.id = h.sid",
        args,
    ).fetchall()
    return {int(r[0]): tuple(r[1:]) for r in rows}


def _with_own_turns(person: BoardParticipant, spoke: tuple[object, ...] | None) -> BoardParticipant:
    """A hot-seat player's row shows the turns they answered and their scores, not the whole
    conversation's, and where that conversation is even when it is not under their name."""
    if spoke is None:
        return person
    sessions, turns, listening, empathy, collaboration, overall, *where = spoke
    own = replace(
        person,
        sessions=max(person.sessions, int(str(sessions))),
        turns=int(str(turns)),
        listening=_int(listening),
        empathy=_int(empathy),
        collaboration=_int(collaboration),
        overall=_int(overall),
    )
    if person.scenario_id is not None:
        return own
    scenario_id, title, state, outcome, content_hash = (
        None if v is None else str(v) for v in where
    )
    return replace(
        own,
        scenario_id=scenario_id,
        title=title,
        state=state,
        outcome=outcome,
        content_hash=content_hash,
    )


def scenario_version_text(conn: sqlite3.Connection, content_hash: str) -> str | None:
    """The saved text of a scenario version (None when the database lacks it)."""
    row = conn.execute(
        "SELECT text FROM scenario_versions WHERE content_hash = ?", (content_hash,)
    ).fetchone()
    return None if row is None else str(row[0])


def current_board(
    store: WorkshopStore, workshop_id: str, *, all_rounds: bool = False
) -> tuple[list[Round], BoardSnapshot]:
    """The rounds and the snapshot the board shows: the latest round (open or just closed)
    unless ``all_rounds``; every session when there is no round yet."""
    rounds = store.rounds(workshop_id)
    round_id = None if all_rounds or not rounds else rounds[-1].id
    return rounds, board_snapshot(store.conn, workshop_id, round_id)
