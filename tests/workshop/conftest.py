"""Fixtures shared by the workshop tests."""

from __future__ import annotations

import pytest

from roleplay.storage.workshop import WorkshopStore, open_workshop_db


@pytest.fixture
def store() -> WorkshopStore:
    """A workshop store on the test's own database (ROLEPLAY_HOME is per test)."""
    conn, path = open_workshop_db()
    return WorkshopStore(conn, path)
