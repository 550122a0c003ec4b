"""The rows a group debrief is built from: every live turn of a workshop's sessions.

Each turn carries who said it (the hot-seat speaker when recorded, else the session's
participant) and whether that person agreed to show their name, and what it did: the intents it
matched and the transition it fired (from the saved turn). Each session carries the text of the
scenario version it was played on, so the debrief can name intents and decisive moves.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from roleplay.storage.encoding import load_json


@dataclass(frozen=True)
class GroupTurnRow:
    turn_no: int
    state: str
    reply: str
    listening: int
    empathy: int
    collaboration: int
    overall: int
    same_side: str
    speaker_id: int
    speaker: str
    show_name: bool
    next_state: str = ""
    transition_index: int | None = None  # the transition it fired; None when none held
    intents: tuple[str, ...] = ()  # the intents it matched, best first

    @property
    def turn(self) -> int:
        return self.turn_no


@dataclass(frozen=True)
class GroupSessionRow:
    session_id: int
    scenario_id: str
    title: str
    pass_score: int
    outcome: str | None
    overall: int | None
    participant_id: int
    participant: str
    show_name: bool
    turns: tuple[GroupTurnRow, ...]
    scenario_text: str | None = None  # the scenario version it was played on


def group_rows(
    conn: sqlite3.Connection, workshop_id: str, round_id: int | None = None
) -> list[GroupSessionRow]:
    round_filter = "" if round_id is None else " AND ws.round_id = :round"
    args: dict[str, object] = {"ws": workshop_id, "round": round_id}
    sessions = conn.execute(
        "SELECT s.id, s.scenario_id, s.title, s.pass_score, s.outcome, s.overall,"
        " p.id, p.name, p.show_name, v.text"
        " FROM workshop_sessions ws JOIN sessions s ON s.id = ws.session_id"
        " JOIN workshop_participants p ON p.id = ws.participant_id"
        " LEFT JOIN scenario_versions v ON v.content_hash = s.content_hash"
        " WHERE ws.workshop_id = :ws" + round_filter + " ORDER BY s.id",
        args,
    ).fetchall()
    turns = conn.execute(
        "SELECT t.session_id, t.turn_no, t.state, t.reply, t.listening, t.empathy,"
        " t.collaboration, t.overall, t.same_side, sp.id, sp.name, sp.show_name,"
        " t.next_state, t.payload"
        " FROM turns t JOIN workshop_sessions ws ON ws.session_id = t.session_id"
        " LEFT JOIN workshop_turn_speakers ts"
        "   ON ts.session_id = t.session_id AND ts.turn_no = t.turn_no"
        " LEFT JOIN workshop_participants sp ON sp.id = ts.participant_id"
        " WHERE ws.workshop_id = :ws AND t.rewound_at IS NULL"
        + round_filter
        + " ORDER BY t.session_id, t.turn_no",
        args,
    ).fetchall()
    by_session: dict[int, list[tuple[object, ...]]] = {}
    for t in turns:
        by_session.setdefault(int(t[0]), []).append(tuple(t))
    out: list[GroupSessionRow] = []
    for s in sessions:
        sid, pid, pname, pshow = int(s[0]), int(s[6]), str(s[7]), bool(s[8])
        rows = tuple(
            GroupTurnRow(
                turn_no=int(str(t[1])),
                state=str(t[2]),
                reply=str(t[3]),
                listening=int(str(t[4])),
                empathy=int(str(t[5])),
                collaboration=int(str(t[6])),
                overall=int(str(t[7])),
                same_side=str(t[8]),
                speaker_id=pid if t[9] is None else int(str(t[9])),
                speaker=pname if t[10] is None else str(t[10]),
                show_name=pshow if t[11] is None else bool(t[11]),
                next_state=str(t[12]),
                **_outcome_of(t[13]),
            )
            for t in by_session.get(sid, [])
        )
        out.append(
            GroupSessionRow(
                session_id=sid,
                scenario_id=str(s[1]),
                title=str(s[2]),
                pass_score=int(s[3]),
                outcome=s[4],
                overall=None if s[5] is None else int(s[5]),
                participant_id=pid,
                participant=pname,
                show_name=pshow,
                turns=rows,
                scenario_text=None if s[9] is None else str(s[9]),
            )
        )
    return out


def _outcome_of(payload: object) -> dict[str, Any]:
    """The intents and fired transition of a saved turn (none when its payload is damaged)."""
    try:
        data = load_json(str(payload))
        index = data.get("transition_index")
        return {
            "transition_index": index if isinstance(index, int) else None,
            "intents": tuple(str(x) for x in data.get("intents", ())),
        }
    except (ValueError, TypeError, AttributeError):
        return {}
