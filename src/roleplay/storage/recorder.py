"""Autosave: the bridge from a running :class:`Session` to the store.

Front ends call these hooks; ``turn`` commits the answered turn before returning, so calling it
before showing the counterpart's next line means a crash can never lose an answered turn.
The method names match the TUI's ``recorder`` protocol: ``started``, ``turn``, ``rewound``,
``ended``.
"""

from __future__ import annotations

import getpass
import os

from roleplay.engine import Session, TurnResult

from .records import NewSession
from .store import SessionStore


def learner_name() -> str:
    """Who is playing: ``ROLEPLAY_LEARNER``, else the login name, else "learner"."""
    name = os.environ.get("ROLEPLAY_LEARNER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "learner"
    except (OSError, KeyError, ImportError):
        return "learner"


class SessionRecorder:
    """Saves sessions as they are played. One recorder can follow several sessions in turn (the
    TUI's "play again"); ``session_id`` (or :meth:`adopt`) continues a saved one."""

    def __init__(
        self,
        store: SessionStore,
        *,
        mode: str = "coach",
        learner: str | None = None,
        session_id: int | None = None,
        workshop_id: str | None = None,
        participant: str | None = None,
    ) -> None:
        self.store = store
        self.mode = mode
        self.learner = learner if learner is not None else learner_name()
        self.session_id = session_id  # the most recent session's id
        self.workshop_id = workshop_id
        self.participant = participant
        self._ids: dict[int, tuple[Session, int]] = {}
        self._pending_resume = session_id

    def adopt(self, session: Session, session_id: int) -> None:
        """``session`` continues saved session ``session_id`` (see :func:`restore_session`)."""
        self._ids[id(session)] = (session, session_id)
        self.session_id = session_id

    def id_of(self, session: Session) -> int | None:
        """The saved session's id, once known (the first session claims ``session_id``)."""
        entry = self._ids.get(id(session))
        if entry is not None and entry[0] is session:
            return entry[1]
        if self._pending_resume is not None:
            claimed, self._pending_resume = self._pending_resume, None
            self.adopt(session, claimed)
            return claimed
        return None

    def started(self, session: Session) -> int:
        """A new session: one row; a resumed one: mark it in progress again."""
        known = self.id_of(session)
        if known is not None:
            self.store.reopen(known)
            self.session_id = known
            return known
        loaded = session.compiled.loaded
        scenario = session.scenario
        new_id = self.store.create_session(
            NewSession(
                scenario_id=scenario.id,
                title=scenario.title,
                content_hash=loaded.content_hash,
                scenario_text=loaded.text,
                scenario_path=str(loaded.path.resolve()) if loaded.path is not None else None,
                pass_score=scenario.pass_score,
                learner=self.learner,
                mode=self.mode,
                seed=session.seed,
                scorer=str(getattr(session.scorer, "name", type(session.scorer).__name__)),
                start_state=session.state,
                workshop_id=self.workshop_id,
                participant=self.participant,
            )
        )
        self.adopt(session, new_id)
        return new_id

    def turn(self, session: Session, result: TurnResult) -> None:
        self.store.save_turn(self._id(session), result)

    def rewound(self, session: Session, undone_turn: TurnResult) -> None:
        self.store.mark_rewound(self._id(session), undone_turn.turn, session.state)

    def ended(self, session: Session) -> None:
        """Endings are saved with their last turn; only an abandoned session needs a mark."""
        known = self.id_of(session)
        if session.outcome == "abandoned" and known is not None:
            self.store.mark_abandoned(known)

    def _id(self, session: Session) -> int:
        known = self.id_of(session)
        return known if known is not None else self.started(session)
