"""Autosave: the bridge from a running :class:`Session` to the store.

The recorder is one of the session's observers (the lifecycle port, engine/lifecycle.py): the
session calls ``turn`` before any front end shows the counterpart's next line, and ``turn``
commits the answered turn before returning, so a crash can never lose an answered turn. A failed
write raises StorageError; the session keeps the event and delivers it again (one policy for
every front end, see engine/lifecycle.py).

A solo session gets its row with its first answered turn, in one transaction: a session
stopped, ended or killed before any reply saves nothing, and a kill or a failed write while the
first reply is saved leaves neither the row nor the turn, so a session without replies never
shows up in ``history`` or as something to resume. A workshop session is saved when it starts, so the
facilitator's board shows who is playing.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

from roleplay.engine.turns import TurnResult

from .records import NewSession
from .store import SessionStore

if TYPE_CHECKING:
    from roleplay.engine.session import Session


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
    """Saves sessions as they are played: a :class:`~roleplay.engine.SessionObserver`, given to
    ``Session.start``/``Session.resume`` (or ``restore_session``) by the front end. One recorder
    can follow several sessions in turn (the TUI's "play again"); a resumed session names the
    saved one it continues (``Session.origin``)."""

    def __init__(
        self,
        store: SessionStore,
        *,
        learner: str | None = None,
        workshop_id: str | None = None,
        participant: str | None = None,
    ) -> None:
        self.store = store
        self.learner = learner if learner is not None else learner_name()
        self.session_id: int | None = None  # the most recent session's id
        self.workshop_id = workshop_id
        self.participant = participant
        self._ids: dict[int, tuple[Session, int]] = {}
        self._unsaved: dict[int, tuple[Session, NewSession]] = {}  # started, no reply yet

    def id_of(self, session: Session) -> int | None:
        """The saved session's id, once it has been saved (None before)."""
        entry = self._ids.get(id(session))
        if entry is not None and entry[0] is session:
            return entry[1]
        return None

    def _adopt(self, session: Session, session_id: int) -> None:
        self._ids[id(session)] = (session, session_id)
        self.session_id = session_id

    # -- the observer port -------------------------------------------------------------------
    def started(self, session: Session) -> None:
        """A new session: one row, with the exact scenario text it is played on. A solo
        session's row is written with its first answered turn (see the module's docstring)."""
        loaded = session.compiled.loaded
        scenario = session.scenario
        new = NewSession(
            scenario_id=scenario.id,
            title=scenario.title,
            content_hash=loaded.content_hash,
            scenario_text=loaded.text,
            scenario_path=str(loaded.path.resolve()) if loaded.path is not None else None,
            pass_score=scenario.pass_score,
            learner=self.learner,
            mode=session.mode,
            seed=session.seed,
            scorer=session.scorer.name,
            start_state=session.state,
            workshop_id=self.workshop_id,
            participant=self.participant,
            started_at=self.store.now(),
        )
        if self.workshop_id is None:
            self._unsaved[id(session)] = (session, new)
            self.session_id = None  # this session has no id until its first reply is saved
            return
        self._create(session, new)

    def _create(self, session: Session, new: NewSession, first: TurnResult | None = None) -> None:
        new_id = self.store.create_session(new, first)
        self.store.claims.claim(new_id)  # a new id: nobody else can hold it
        self._adopt(session, new_id)

    def _unsaved_start(self, session: Session) -> NewSession | None:
        entry = self._unsaved.get(id(session))
        return entry[1] if entry is not None and entry[0] is session else None

    def resumed(self, session: Session) -> None:
        """A saved session continues: mark it in progress again."""
        if session.origin is None:
            raise ValueError("a resumed session must name the saved one it continues (origin)")
        self.store.claims.claim(session.origin)  # normally held since restore_session
        self.store.reopen(session.origin)
        self._adopt(session, session.origin)

    def turn(self, session: Session, result: TurnResult) -> None:
        new = self._unsaved_start(session)
        if new is not None:  # the first answered turn: the session's row with it, at once
            self._create(session, new, result)
            del self._unsaved[id(session)]
            return
        self.store.save_turn(self._id(session), result)

    def rewound(self, session: Session, undone: TurnResult) -> None:
        self.store.mark_rewound(self._id(session), undone.turn, session.state)

    def ended(self, session: Session) -> None:
        """Endings are saved with their last turn; only an abandoned session needs a mark."""
        if self._unsaved_start(session) is not None:
            self._unsaved.pop(id(session))  # ended before any reply: nothing to save
            return
        if session.outcome == "abandoned":
            self.store.mark_abandoned(self._id(session))

    def stopped(self, session: Session) -> None:
        """Stopped before an ending: it stays unfinished, so it can be resumed (stopped before
        any reply: nothing was saved, and nothing is)."""
        self._unsaved.pop(id(session), None)

    def _id(self, session: Session) -> int:
        known = self.id_of(session)
        if known is None:
            raise ValueError("an event for a session this recorder never saw start")
        return known
