"""Workshop mode's tables: workshops, participants, rounds, and who said which turn.

They live beside the sessions/turns schema (created idempotently after the main migrations) and
only ever point at it; sessions and turns are written by the ordinary recorder, with the
session's ``workshop_id`` and ``participant`` columns filled in.
"""

from .board import (
    BoardParticipant,
    BoardSnapshot,
    StateHeat,
    board_snapshot,
    current_board,
    scenario_version_text,
)
from .debrief_rows import GroupSessionRow, GroupTurnRow, group_rows
from .joining import JoinDesk
from .recorder import WorkshopRecorder
from .schema import ensure_workshop_schema, open_workshop_db
from .store import (
    Participant,
    Round,
    Workshop,
    WorkshopStore,
    normalise_join_code,
    slugify,
)

__all__ = [
    "BoardParticipant",
    "BoardSnapshot",
    "GroupSessionRow",
    "GroupTurnRow",
    "JoinDesk",
    "Participant",
    "Round",
    "StateHeat",
    "Workshop",
    "WorkshopRecorder",
    "WorkshopStore",
    "board_snapshot",
    "current_board",
    "ensure_workshop_schema",
    "group_rows",
    "normalise_join_code",
    "open_workshop_db",
    "scenario_version_text",
    "slugify",
]
