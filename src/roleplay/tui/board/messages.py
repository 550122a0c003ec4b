"""Board messages, named for what happened."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from roleplay.report.board_moments import BoardWords
from roleplay.storage.workshop import BoardSnapshot
from roleplay.storage.workshop.store import Round


@dataclass
class SnapshotTaken(Message):
    """A worker read the database; the board redraws from it."""

    snapshot: BoardSnapshot
    rounds: list[Round]
    seconds: float
    words: BoardWords  # the states in words (what the counterpart said there)


@dataclass
class SnapshotFailed(Message):
    error: str
