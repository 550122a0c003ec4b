"""A saved session as a versioned JSON document (shape documented in docs/storage.md).

``format`` is always ``"roleplay.session"``; ``version`` goes up by one whenever a field is
removed or changes meaning (adding fields does not change it). Readers should check both.
"""

from __future__ import annotations

from typing import Any

from roleplay.engine import Debrief
from roleplay.engine.records import turn_to_json
from roleplay.sanitise import json_text
from roleplay.storage import StoredTurn

from .session_export import SessionExport

FORMAT = "roleplay.session"
FORMAT_VERSION = 1


def _turn(stored: StoredTurn, export: SessionExport) -> dict[str, Any]:
    data = turn_to_json(stored.result)
    data["heard"] = export.heard(stored.result)  # the intents in words, as the learner read them
    data["saved_at"] = stored.created_at
    if stored.rewound_at is not None:
        data["rewound_at"] = stored.rewound_at
    elif stored.result.turn in export.speakers:  # hot seat: who typed this reply
        data["speaker"] = export.speakers[stored.result.turn]
    return data


def _debrief(d: Debrief | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "outcome": d.outcome,
        "overall": d.overall,
        "pass_score": d.pass_score,
        "passed": d.passed,
        "ending_text": d.ending_text,
        "interests": list(d.interests),
        "per_turn_overall": list(d.per_turn),
        "same_side_per_turn": list(d.sides),
        "decisive_moves": [
            {
                "turn": m.turn,
                "state": m.state,
                "next_state": m.next_state,
                "intents": list(m.intents),
                "move": m.words,
                "text": m.text(),
            }
            for m in d.moves
        ],
        "strongest_turn": d.strongest.turn if d.strongest else None,
        "weakest_turn": d.weakest.turn if d.weakest else None,
        "advice": [
            {
                "turn": a.turn,
                "state": a.state,
                "text": a.text(),
                "missed_points": list(a.missed_points),
                "emotion": a.emotion,
                "emotion_acknowledged": a.emotion_acknowledged,
                "acknowledge": a.acknowledge,
                "unread": a.unread,
                "shown": a.needed,
            }
            for a in d.advice
        ],
        "better_reply": None
        if d.better_reply is None
        else {
            "turn": d.better_reply.turn,
            "state": d.better_reply.state,
            "text": d.better_reply.text,
            "source": d.better_reply.source,
            "overall": d.better_reply.overall,
        },
        "rewinds": [
            {
                "turn": r.turn,
                "first_reply": r.first_reply,
                "first_overall": r.first_overall,
                "second_reply": r.second_reply,
                "second_overall": r.second_overall,
            }
            for r in d.rewinds
        ],
    }


def session_document(export: SessionExport) -> dict[str, Any]:
    r = export.record
    loaded = export.scenario
    sc = loaded.scenario if loaded else None
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": export.generator,
        "exported_at": export.exported_at,
        "session": r.to_json(),
        "scenario": {
            "id": r.scenario_id,
            "title": r.title,
            "content_hash": r.content_hash,
            "summary": sc.summary if sc else None,
            "learner_role": sc.learner.role if sc else None,
            "counterpart": {"name": sc.counterpart.name, "role": sc.counterpart.role}
            if sc
            else None,
        },
        "turns": [_turn(t, export) for t in export.turns],
        "rewound_turns": [_turn(t, export) for t in export.rewound],
        "debrief": _debrief(export.debrief),
    }


def to_json(export: SessionExport) -> str:
    """Pretty JSON text; non-ASCII kept readable, but control, bidi and line-separator
    characters and lone surrogates are \\u-escaped (the values are unchanged)."""
    return json_text(session_document(export), indent=2) + "\n"
