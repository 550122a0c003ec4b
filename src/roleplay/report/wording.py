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


def ended_line(r: SessionRecord) -> str:
    """When it ended: an abandoned session was ended by the learner before an ending, at its
    last update (it has no ending's time); one still open has "not yet"."""
    if r.ended_at:
        return when(r.ended_at)
    if r.abandoned:
        return f"{when(r.updated_at)} (ended before an ending)"
    return "not yet"
