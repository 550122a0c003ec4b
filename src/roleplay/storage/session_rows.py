"""The rows a session's writes put in the database, each inside a transaction the caller holds
(:class:`~.store.SessionStore` opens it): a new session, an answered turn, the session's totals.
Kept apart so one transaction can hold several (a solo session's row and its first turn)."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from roleplay.engine.records import turn_to_json
from roleplay.engine.turns import TurnResult

from .encoding import dump_json, utf8_safe
from .records import NewSession


def insert_session(db: sqlite3.Connection, new: NewSession, now: str) -> int:
    """A new session's row (and its scenario text, once per version); returns its id."""
    db.execute(
        "INSERT OR IGNORE INTO scenario_versions (content_hash, scenario_id, title, text,"
        " first_seen) VALUES (?, ?, ?, ?, ?)",
        (new.content_hash, new.scenario_id, new.title, utf8_safe(new.scenario_text), now),
    )
    cursor = db.execute(
        "INSERT INTO sessions (uuid, scenario_id, content_hash, scenario_path, title,"
        " pass_score, learner, mode, seed, scorer, started_at, updated_at, final_state,"
        " workshop_id, participant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid4()),
            new.scenario_id,
            new.content_hash,
            None if new.scenario_path is None else utf8_safe(new.scenario_path),
            new.title,
            new.pass_score,
            utf8_safe(new.learner),
            new.mode,
            new.seed,
            new.scorer,
            new.started_at or now,
            now,
            new.start_state,
            new.workshop_id,
            None if new.participant is None else utf8_safe(new.participant),
        ),
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def insert_turn(db: sqlite3.Connection, session_id: int, turn: TurnResult, now: str) -> int:
    """One answered turn, the session's totals refreshed (and its ending, if it ended)."""
    score = turn.score
    parent = db.execute(
        "SELECT id FROM turns WHERE session_id = ? AND turn_no = ? AND rewound_at IS NULL",
        (session_id, turn.turn - 1),
    ).fetchone()
    cursor = db.execute(
        "INSERT INTO turns (session_id, turn_no, parent_id, state, next_state, reply,"
        " listening, empathy, collaboration, overall, same_side, evidence, meters,"
        " payload, created_at, scored, unscored_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            turn.turn,
            parent[0] if parent else None,
            turn.state,
            turn.next_state,
            utf8_safe(turn.reply),
            score.listening,
            score.empathy,
            score.collaboration,
            score.overall,
            score.same_side,
            dump_json([e.to_json() for e in score.evidence]),
            dump_json(turn.meters_after),
            dump_json(turn_to_json(turn)),
            now,
            int(score.scored),
            None if score.scored else score.reason,
        ),
    )
    refresh_totals(db, session_id, now, turn.next_state)
    if turn.ended:
        db.execute(
            "UPDATE sessions SET outcome = ?, ended_at = ? WHERE id = ?",
            (turn.outcome, now, session_id),
        )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def refresh_totals(db: sqlite3.Connection, session_id: int, now: str, final_state: str) -> None:
    """The session's turn count and mean scores over the turns not taken back."""
    rows = db.execute(
        "SELECT listening, empathy, collaboration, overall FROM turns"
        " WHERE session_id = ? AND rewound_at IS NULL",
        (session_id,),
    ).fetchall()
    count = len(rows)
    if count:
        means = [sum(r[i] for r in rows) / count for i in range(4)]
        totals: tuple[Any, ...] = (means[0], means[1], means[2], round(means[3]))
    else:
        totals = (None, None, None, None)
    db.execute(
        "UPDATE sessions SET turn_count = ?, listening = ?, empathy = ?, collaboration = ?,"
        " overall = ?, final_state = ?, updated_at = ? WHERE id = ?",
        (count, *totals, final_state, now, session_id),
    )
