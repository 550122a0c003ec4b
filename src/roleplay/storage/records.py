"""Plain value types read from and written to the database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from roleplay.engine.rules import passed
from roleplay.engine.turns import TurnResult

from .encoding import parse_timestamp
from .lifecycle_rules import ABANDONED, FINISHED


def _number(value: object) -> float | None:
    """A score column: a number or NULL; anything else means the row was damaged."""
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    raise ValueError(f"a score column holds {value!r}")


def _whole(value: object) -> int | None:
    number = _number(value)
    return None if number is None else int(number)


def _stamp(value: object) -> str:
    """A timestamp column, checked to parse (a damaged row raises ValueError)."""
    parse_timestamp(str(value))
    return str(value)


@dataclass(frozen=True)
class NewSession:
    """What the database needs to know when a session starts."""

    scenario_id: str
    title: str
    content_hash: str
    scenario_text: str
    scenario_path: str | None
    pass_score: int
    learner: str
    mode: str
    seed: int
    scorer: str
    start_state: str
    workshop_id: str | None = None
    participant: str | None = None
    started_at: str | None = None  # when it started, if saved later (default: now)


@dataclass(frozen=True)
class SessionRecord:
    """One row of the sessions table (scores are the means over the live turns)."""

    id: int
    uuid: str
    scenario_id: str
    title: str
    content_hash: str
    scenario_path: str | None
    pass_score: int
    learner: str
    mode: str
    seed: int
    scorer: str
    started_at: str
    updated_at: str
    ended_at: str | None
    outcome: str | None
    final_state: str
    turn_count: int
    listening: float | None
    empathy: float | None
    collaboration: float | None
    overall: int | None
    workshop_id: str | None
    participant: str | None

    @classmethod
    def from_row(cls, r: sqlite3.Row) -> SessionRecord:
        return cls(
            id=int(r["id"]),
            uuid=str(r["uuid"]),
            scenario_id=str(r["scenario_id"]),
            title=str(r["title"]),
            content_hash=str(r["content_hash"]),
            scenario_path=r["scenario_path"],
            pass_score=int(r["pass_score"]),
            learner=str(r["learner"]),
            mode=str(r["mode"]),
            seed=int(r["seed"]),
            scorer=str(r["scorer"]),
            started_at=_stamp(r["started_at"]),
            updated_at=_stamp(r["updated_at"]),
            ended_at=None if r["ended_at"] is None else _stamp(r["ended_at"]),
            outcome=r["outcome"],
            final_state=str(r["final_state"]),
            turn_count=int(r["turn_count"]),
            listening=_number(r["listening"]),
            empathy=_number(r["empathy"]),
            collaboration=_number(r["collaboration"]),
            overall=_whole(r["overall"]),
            workshop_id=r["workshop_id"],
            participant=r["participant"],
        )

    @property
    def finished(self) -> bool:
        """Reached an ending (success, failure or neutral)."""
        return self.outcome in FINISHED

    @property
    def abandoned(self) -> bool:
        """Ended by the learner before an ending; it is over and does not resume."""
        return self.outcome == ABANDONED

    @property
    def resumable(self) -> bool:
        """No outcome yet, at least one answered turn, not a workshop session."""
        return self.outcome is None and self.turn_count > 0 and self.workshop_id is None

    @property
    def status(self) -> str:
        """The outcome, or "unfinished" (the word every listing uses)."""
        return self.outcome or "unfinished"

    @property
    def passed(self) -> bool:
        return passed(self.outcome, self.overall, self.pass_score)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "scenario": self.scenario_id,
            "title": self.title,
            "content_hash": self.content_hash,
            "learner": self.learner,
            "mode": self.mode,
            "seed": self.seed,
            "started_at": self.started_at,
            "updated_at": self.updated_at,
            "ended_at": self.ended_at,
            "outcome": self.outcome,
            "final_state": self.final_state,
            "turns": self.turn_count,
            "scores": {
                "listening": _rounded(self.listening),
                "empathy": _rounded(self.empathy),
                "collaboration": _rounded(self.collaboration),
                "overall": self.overall,
            },
            "pass_score": self.pass_score,
            "passed": self.passed,
            "workshop_id": self.workshop_id,
            "participant": self.participant,
        }


def _rounded(value: float | None) -> int | None:
    return None if value is None else round(value)


@dataclass(frozen=True)
class StoredTurn:
    """A turn as saved: the engine's TurnResult plus when it was saved and whether it was rewound."""

    id: int
    session_id: int
    parent_id: int | None
    result: TurnResult
    created_at: str
    rewound_at: str | None


@dataclass(frozen=True)
class ScenarioSummary:
    """Per-scenario progress: how often played, best and last overall, passes."""

    scenario_id: str
    title: str
    sessions: int
    finished: int
    passed: int
    best_overall: int | None
    last_overall: int | None
    last_played: str


@dataclass(frozen=True)
class ProgressPoint:
    """One session on the progress chart: when, and its mean scores per dimension."""

    session_id: int
    scenario_id: str
    started_at: str
    listening: float
    empathy: float
    collaboration: float
    overall: int
