"""Building sessions for storage and report tests."""

from __future__ import annotations

from pathlib import Path

from roleplay.engine import Session, compile_scenario
from roleplay.scenario import load_file
from roleplay.scoring import default_scorer
from roleplay.storage import SessionRecorder, SessionStore

from ..conftest import SCENARIOS

BUDGET = SCENARIOS / "budget_pushback.yaml"

GOOD_REPLIES = [
    "It sounds like you're under real pressure from the board to find 30% of the Q3 budget "
    "by Friday. What would a good outcome look like for you?",
    "So last year's Q4 overrun meant you had to explain it to the board. Let's work out together "
    "how we avoid surprises this time.",
    "What if we phase the cut and protect the launch, and I send you a weekly forecast?",
    "Let's agree the phased plan together; I'll draft it today.",
]


def new_session(path: Path = BUDGET, seed: int = 7) -> Session:
    return Session.start(compile_scenario(load_file(path)), default_scorer(), seed)


def open_store() -> SessionStore:
    return SessionStore.open()


def play(store: SessionStore, replies: list[str], *, seed: int = 7) -> tuple[Session, int]:
    """Play replies with autosave, as a front end would; returns the session and its id."""
    session = new_session(seed=seed)
    recorder = SessionRecorder(store, learner="Ada")
    session_id = recorder.started(session)
    for text in replies:
        if session.ended:
            break
        recorder.turn(session, session.reply(text))
    return session, session_id
