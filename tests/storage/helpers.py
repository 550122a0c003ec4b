"""Building sessions for storage and report tests (the shared budget play-through, fixed scorer)."""

from __future__ import annotations

from roleplay.engine import Session
from roleplay.storage import SessionRecorder, SessionStore

from ..budget import BUDGET, GOOD_REPLIES, new_session

__all__ = ["BUDGET", "GOOD_REPLIES", "new_session", "open_store", "play", "saved_id"]


def open_store() -> SessionStore:
    return SessionStore.open()


def saved_id(recorder: SessionRecorder) -> int:
    """The id the recorder saved its (latest) session under; a solo session is saved with its
    first answered turn."""
    assert recorder.session_id is not None, "the recorder has saved no session"
    return recorder.session_id


def play(store: SessionStore, replies: list[str], *, seed: int = 7) -> tuple[Session, int]:
    """Play replies with autosave, as a front end would; returns the session and its id."""
    recorder = SessionRecorder(store, learner="Ada")
    session = new_session(seed=seed, observers=[recorder])
    for text in replies:
        if session.ended:
            break
        session.reply(text)
    return session, saved_id(recorder)
