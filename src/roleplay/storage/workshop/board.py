"""What the facilitator's board shows, read in two queries per refresh.

A snapshot is plain data (no UI): who is in which scenario and state with their scores, and a
heat map of the states where the room struggled. ``round_id`` narrows it to one round.
Replies the scorer could not read (``turns.scored = 0``, saved with score 0) are no evidence
of struggling: the heat map counts them apart, as unread, and leaves them out of its means.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

ACTIVE_WINDOW_S = 90.0
LOW_SCORE = 40


@dataclass(frozen=True)
class BoardParticipant:
    id: int
    name: str
    active: bool
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


@dataclass(frozen=True)
class StateHeat:
    scenario_id: str
    state: str
    turns: int  # replies the scorer read; the other fields describe these
    mean_overall: float
    across: int  # turns scored "across the table"
    low: int  # turns scored under LOW_SCORE
    unread: int = 0  # replies the scorer could not read: neither low nor fine

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
        "SELECT p.id, p.name, p.last_seen, s.scenario_id, s.title, s.final_state, s.turn_count,"
        " s.overall, s.listening, s.empathy, s.collaboration, s.outcome, latest.n"
        " FROM workshop_participants p"
        " LEFT JOIN (SELECT ws.participant_id AS pid, max(ws.session_id) AS sid, count(*) AS n"
        "   FROM workshop_sessions ws WHERE ws.workshop_id = :ws" + round_filter + ""
        "   GROUP BY ws.participant_id) latest ON latest.pid = p.id"
        " LEFT JOIN sessions s ON s.id = latest.sid"
        " WHERE p.workshop_id = :ws ORDER BY p.name_key",
        args,
    ).fetchall()
    people = tuple(
        BoardParticipant(
            id=int(r[0]),
            name=str(r[1]),
            active=now - float(r[2]) <= ACTIVE_WINDOW_S,
            sessions=int(r[12] or 0),
            scenario_id=r[3],
            title=r[4],
            state=r[5],
            turns=int(r[6] or 0),
            overall=_int(r[7]),
            listening=_int(r[8]),
            empathy=_int(r[9]),
            collaboration=_int(r[10]),
            outcome=r[11],
        )
        for r in rows
    )
    heat_rows = conn.execute(
        "SELECT s.scenario_id, t.state, sum(t.scored = 1),"
        " coalesce(avg(CASE WHEN t.scored = 1 THEN t.overall END), 0),"
        " sum(t.scored = 1 AND t.same_side = 'across'), sum(t.scored = 1 AND t.overall < :low),"
        " sum(t.scored = 0)"
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
                    str(r[0]), str(r[1]), int(r[2]), float(r[3]), int(r[4]), int(r[5]), int(r[6])
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
