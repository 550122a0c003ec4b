"""A workshop with its round open, on the test's own database."""

from __future__ import annotations

from roleplay.storage.workshop import WorkshopStore, open_workshop_db

from ..budget import PLAY_BUDGET


def open_room(name: str) -> tuple[WorkshopStore, str]:
    """The store and the id of a new workshop ``name`` (budget_pushback, round 1 open)."""
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop(name, [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    return store, w.id
