"""Fixtures shared by the report tests."""

from __future__ import annotations

import pytest

from roleplay.storage import SessionStore

from .test_session_exports import hostile_session


@pytest.fixture
def finished() -> int:
    """The id of a finished session whose replies were hostile (the test's own database)."""
    with SessionStore.open() as store:
        return hostile_session(store)
