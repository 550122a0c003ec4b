"""Saved rows back into values; a row that no longer reads back is RP701, never a traceback.

Damage inside a row's text (a changed byte in a JSON payload or a timestamp) keeps the file's
structure intact, so ``PRAGMA quick_check`` on open cannot see it; it shows up here, when the row
is read, and is reported like any other damage to the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from roleplay.engine.records import turn_from_json

from .connection import damaged
from .encoding import load_json
from .records import SessionRecord, StoredTurn


@contextmanager
def decoding(path: Path, what: str) -> Iterator[None]:
    """Turn a value error while decoding ``what`` into RP701 for the file at ``path``."""
    try:
        yield
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged(
            path, f"{what} does not read back: {type(exc).__name__}: {str(exc)[:120]}"
        ) from None


def session_record(path: Path, row: sqlite3.Row) -> SessionRecord:
    with decoding(path, f"session {row['id']}"):
        return SessionRecord.from_row(row)


def stored_turn(path: Path, row: sqlite3.Row) -> StoredTurn:
    with decoding(path, f"turn {row['id']} of session {row['session_id']}"):
        return StoredTurn(
            id=int(row["id"]),
            session_id=int(row["session_id"]),
            parent_id=row["parent_id"],
            result=turn_from_json(load_json(row["payload"])),
            created_at=str(row["created_at"]),
            rewound_at=row["rewound_at"],
        )
