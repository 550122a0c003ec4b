"""Saving a workshop participant's sessions: the ordinary recorder plus the workshop links.

One :class:`WorkshopRecorder` serves a participant for as long as they are connected; every
session they start gets its own :class:`~roleplay.storage.recorder.SessionRecorder` (so turns
are saved exactly as in solo play) and a row linking it to the workshop, participant and round.
In hot-seat mode each answered turn is also attributed to the person whose turn it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.engine import Session, TurnResult
from roleplay.storage.recorder import SessionRecorder
from roleplay.storage.store import SessionStore

from .store import Participant, WorkshopStore


class WorkshopRecorder:
    """Implements the front ends' recorder hooks: ``started``, ``turn``, ``rewound``, ``ended``."""

    def __init__(
        self,
        sessions: SessionStore,
        workshops: WorkshopStore,
        participant: Participant,
        *,
        mode: str = "coach",
        speakers: Sequence[Participant] = (),
    ) -> None:
        self.sessions = sessions
        self.workshops = workshops
        self.participant = participant
        self.mode = mode
        self.speakers = tuple(speakers)
        self._current: SessionRecorder | None = None
        self._session: Session | None = None

    @property
    def session_id(self) -> int | None:
        return None if self._current is None else self._current.session_id

    def speaker_for(self, session: Session) -> Participant:
        """Whose turn it is now (hot seat rotates by turn number; otherwise the participant)."""
        if not self.speakers:
            return self.participant
        return self.speakers[session.turn % len(self.speakers)]

    def _recorder_for(self, session: Session) -> SessionRecorder:
        if self._current is None or self._session is not session:
            self.started(session)
        assert self._current is not None
        return self._current

    def started(self, session: Session) -> None:
        label = (
            ", ".join(p.name for p in self.speakers) if self.speakers else self.participant.name
        )
        rec = SessionRecorder(
            self.sessions,
            mode=self.mode,
            learner=label,
            workshop_id=self.participant.workshop_id,
            participant=label,
        )
        session_id = rec.started(session)
        self._current, self._session = rec, session
        current_round = self.workshops.current_round(self.participant.workshop_id)
        self.workshops.link_session(
            session_id,
            self.participant.workshop_id,
            self.participant.id,
            None if current_round is None else current_round.id,
        )

    def turn(self, session: Session, result: TurnResult) -> None:
        rec = self._recorder_for(session)
        if self.speakers:
            # The speaker of turn N answered when session.turn was N - 1.
            who = self.speakers[(result.turn - 1) % len(self.speakers)]
            rec.turn(session, result)
            assert rec.session_id is not None
            self.workshops.attribute_turn(rec.session_id, result.turn, who.id)
        else:
            rec.turn(session, result)

    def rewound(self, session: Session, undone_turn: TurnResult) -> None:
        self._recorder_for(session).rewound(session, undone_turn)

    def ended(self, session: Session) -> None:
        self._recorder_for(session).ended(session)
