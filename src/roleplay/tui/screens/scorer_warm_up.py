"""Warming a session's scorer on a daemon thread while the learner reads the opening line."""

from __future__ import annotations

import threading

from roleplay.engine import Session


def warm_up_off_thread(session: Session, rehearsal: str) -> None:
    """``Session.warm_up`` (its lazy parts and one rehearsal reply, thrown away) on a daemon
    thread, so quitting never waits for it. A failure is left for the first real reply, which
    meets it and reports it."""
    threading.Thread(
        target=_warm_up, args=(session, rehearsal), name="roleplay-first-reply", daemon=True
    ).start()


def _warm_up(session: Session, rehearsal: str) -> None:
    try:
        session.warm_up(rehearsal)
    except Exception:  # noqa: BLE001,S110 - the first real reply meets it and reports it
        pass
