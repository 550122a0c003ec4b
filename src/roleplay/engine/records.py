"""TurnResult <-> plain JSON-able dicts, for storage, exports and ``--json`` output."""

from __future__ import annotations

from typing import Any, cast

from roleplay.scoring.types import Evidence, Score

from .turns import Outcome, TurnResult


def score_from_json(data: dict[str, Any]) -> Score:
    evidence = tuple(
        Evidence(
            dimension=e["dimension"],
            points=int(e["points"]),
            reason=str(e["reason"]),
            span=tuple(e["span"]) if e.get("span") is not None else None,
        )
        for e in data.get("evidence", [])
    )
    return Score(
        listening=int(data["listening"]),
        empathy=int(data["empathy"]),
        collaboration=int(data["collaboration"]),
        overall=int(data["overall"]),
        same_side=data.get("same_side", "neutral"),
        evidence=evidence,
        scored=bool(data.get("scored", True)),  # absent before unreadable replies existed
        reason=None if data.get("scored", True) else _reason(data.get("reason")),
    )


def _reason(value: Any) -> str | None:
    return None if value is None else str(value)


def turn_to_json(t: TurnResult) -> dict[str, Any]:
    return {
        "turn": t.turn,
        "state": t.state,
        "counterpart_line": t.counterpart_line,
        "reply": t.reply,
        "score": t.score.to_json(),
        "meters_before": dict(t.meters_before),
        "meters_after": dict(t.meters_after),
        "next_state": t.next_state,
        "next_line": t.next_line,
        "transition_index": t.transition_index,
        "ended": t.ended,
        "outcome": t.outcome,
        "hint": t.hint,
        "intents": list(t.intents),
    }


def turn_from_json(data: dict[str, Any]) -> TurnResult:
    return TurnResult(
        turn=int(data["turn"]),
        state=str(data["state"]),
        counterpart_line=str(data.get("counterpart_line", "")),
        reply=str(data["reply"]),
        score=score_from_json(data["score"]),
        meters_before={k: int(v) for k, v in data.get("meters_before", {}).items()},
        meters_after={k: int(v) for k, v in data.get("meters_after", {}).items()},
        next_state=str(data["next_state"]),
        next_line=data.get("next_line"),
        transition_index=data.get("transition_index"),
        ended=bool(data.get("ended", False)),
        outcome=cast(Outcome | None, data.get("outcome")),
        hint=data.get("hint"),
        intents=tuple(str(x) for x in data.get("intents", ())),
    )
