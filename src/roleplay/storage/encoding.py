"""Text and JSON going into SQLite, kept exact.

SQLite stores TEXT as UTF-8, which cannot hold lone surrogates (what Python's ``surrogateescape``
makes of undecodable bytes). Replies reach us already decoded (plain mode reads stdin with
``errors="replace"``, so invalid UTF-8 arrives as U+FFFD), and are stored exactly as the session
got them. For the rare string that still holds a surrogate, the ``reply`` column gets U+FFFD in
its place, and the JSON ``payload`` (which resume and exports read) escapes it as ``\\udcxx`` so
the original string comes back unchanged.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def utf8_safe(text: str) -> str:
    """``text`` unchanged when it is valid UTF-8 material, else with surrogates as U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def dump_json(value: Any) -> str:
    """Compact JSON; non-ASCII kept readable unless a surrogate forces ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text


def load_json(text: str) -> Any:
    """``json.loads``, with JSON nested past Python's recursion limit ('[[[[...', a few hundred
    KB of it in a damaged or hostile row) raised as the ValueError every reader already turns
    into its one-line error, never a RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def timestamp(moment: datetime | None = None) -> str:
    """UTC ISO 8601 with milliseconds and a Z; sorts as text in time order."""
    when = (moment or datetime.now(UTC)).astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
