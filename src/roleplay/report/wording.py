"""Small phrases shared by the Markdown and HTML exports."""

from __future__ import annotations

from roleplay.engine.rules import verdict
from roleplay.storage import SessionRecord
from roleplay.storage.encoding import parse_timestamp


def when(stamp: str | None) -> str:
    """A stored UTC timestamp as 'YYYY-MM-DD HH:MM UTC'."""
    if not stamp:
        return ""
    return parse_timestamp(stamp).strftime("%Y-%m-%d %H:%M UTC")


def side_words(same_side: str) -> str:
    return {"beside": "beside the table", "across": "across the table"}.get(
        same_side, "neither side"
    )


def outcome_line(r: SessionRecord) -> str:
    if r.outcome is None:
        return (
            "unfinished (stopped before an ending; can be resumed)"
            if r.resumable
            else ("unfinished")
        )
    if r.outcome == "abandoned":
        return "abandoned (ended before an ending)"
    word = verdict(r.outcome, r.overall, r.pass_score)
    return f"{r.outcome}, {word} (overall {r.overall}, pass mark {r.pass_score})"
