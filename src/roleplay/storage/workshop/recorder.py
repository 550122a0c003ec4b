"""Saving a workshop participant's sessions: the ordinary recorder plus the workshop links.

One :class:`WorkshopRecorder` serves a participant for as long as they are connected; every
session they start gets its own :class:`~roleplay.storage.recorder.SessionRecorder` (so turns
are saved exactly as in solo play) and a row linking it to the workshop, participant and round.
In hot-seat mode each answered turn is also attributed to the person whose turn it was.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.engine.rules import speaker_of_turn
from roleplay.engine.turns import TurnResult
from roleplay.errors import RoleplayError
from roleplay.storage.recorder import SessionRecorder
from roleplay.storage.restore import check_resume
from roleplay.storage.resume_plan import ResumePlan
from roleplay.storage.store import SessionStore

from .store import Participant, WorkshopStore

if TYPE_CHECKING:
    from roleplay.engine.session import Session


class WorkshopRecorder:
    """A :class:`~roleplay.engine.SessionObserver` for a workshop participant (or a hot-seat
    group): saves like solo play, links each session to the workshop and its round, and in hot
    seat attributes each answered turn to whoever's turn it was."""

    def __init__(
        self,
        sessions: SessionStore,
        workshops: WorkshopStore,
        participant: Participant,
        *,
        speakers: Sequence[Participant] = (),
    ) -> None:
        self.sessions = sessions
        self.workshops = workshops
        self.participant = participant
        self.speakers = tuple(speakers)
        self._current: SessionRecorder | None = None
        self._session: Session | None = None

    @property
    def session_id(self) -> int | None:
        return None if self._current is None else self._current.session_id

    def id_of(self, session: Session) -> int | None:
        """The saved session's id, once it has been saved (None before, or for another)."""
        if self._current is None or self._session is not session:
            return None
        return self._current.id_of(session)

    def _recorder_for(self, session: Session) -> SessionRecorder:
        if self._current is None or self._session is not session:
            raise ValueError("an event for a session this recorder never saw start")
        return self._current

    def _new_recorder(self) -> SessionRecorder:
        label = ", ".join(p.name for p in self.speakers) if self.speakers else self.participant.name
        return SessionRecorder(
            self.sessions,
            learner=label,
            workshop_id=self.participant.workshop_id,
            participant=label,
        )

    def started(self, session: Session) -> None:
        rec = self._new_recorder()
        rec.started(session)
        session_id = rec.id_of(session)
        assert session_id is not None
        self._current, self._session = rec, session
        current_round = self.workshops.current_round(self.participant.workshop_id)
        self.workshops.link_session(
            session_id,
            self.participant.workshop_id,
            self.participant.id,
            None if current_round is None else current_round.id,
        )

    def resumed(self, session: Session) -> None:
        """A participant who rejoined picks up their unfinished conversation
        (:func:`rejoin_offer`): the same session row, already linked to the workshop, its
        participant and round; the turns after it are saved to it as before."""
        if session.origin is None:
            raise ValueError("a resumed session must name the saved one it continues (origin)")
        linked = self.workshops.session_owner(session.origin)
        if linked != self.participant.id:
            raise ValueError("a workshop session is resumed only by the participant who began it")
        rec = self._new_recorder()
        rec.resumed(session)
        self._current, self._session = rec, session

    def turn(self, session: Session, result: TurnResult) -> None:
        rec = self._recorder_for(session)
        rec.turn(session, result)
        if self.speakers:
            who = speaker_of_turn(result.turn, self.speakers)
            session_id = rec.id_of(session)
            assert session_id is not None
            self.workshops.attribute_turn(session_id, result.turn, who.id)

    def rewound(self, session: Session, undone: TurnResult) -> None:
        self._recorder_for(session).rewound(session, undone)

    def ended(self, session: Session) -> None:
        self._recorder_for(session).ended(session)

    def replay_command(self, session: Session, replies: str, *, resume: bool = False) -> str:
        """The command that plays a rescue file of this recorder's session again (RP715,
        storage/rescue.py) into the same workshop: a hot seat with the same people in the same
        order (each reply goes to whoever's turn it was, as before), a participant under their
        own name, so the board, the group debrief and the exports say who gave each reply.
        ``resume``: the file holds only what was not saved, so the command continues the saved
        conversation (``--resume``) instead of starting it again. A browser participant's
        command plays it under their name with ``--rescue`` (line mode may take a browser's
        name only for that, once the browser has left)."""
        from roleplay.storage.rescue import scenario_argument

        q = shlex.quote
        scenario = scenario_argument(session)
        workshop = q(self.participant.workshop_id)
        mode = " --mode exam" if session.mode == "exam" else ""
        mode += " --resume" if resume else ""
        if self.speakers:
            names = ",".join(p.name for p in self.speakers)
            shown = " --show-names" if self.speakers[0].show_name else ""
            return (
                f"roleplay workshop hotseat {q(scenario)} --names {q(names)} --workshop {workshop}"
                f" --seed {session.seed}{mode}{shown} --plain < {q(replies)}"
            )
        shown = " --show-name" if self.participant.show_name else ""
        # a browser's name is refused to line mode (RP832) unless it plays its rescue file
        shown += " --rescue" if self.participant.browser else ""
        return (
            f"roleplay workshop play --workshop {workshop} --name {q(self.participant.name)}"
            f"{self._code_argument()} --scenario {q(Path(scenario).stem)} --seed {session.seed}"
            f"{mode}{shown} < {q(replies)}"
        )

    def _code_argument(self) -> str:
        """``--code`` for a workshop that has a join code (stored hashed: its place is named);
        a database that cannot be read now (it is failing) names it too."""
        try:
            needs_code = self.workshops.workshop(self.participant.workshop_id).needs_code
        except RoleplayError:
            needs_code = True
        return " --code JOIN_CODE" if needs_code else ""

    def stopped(self, session: Session) -> None:
        """Stopping a workshop session on purpose (another scenario chosen, the app quit)
        abandons it; one cut off (a closed tab, a host that crashed) stays unfinished, and its
        participant picks it up when they rejoin (:func:`rejoin_offer`)."""
        rec = self._recorder_for(session)
        session_id = rec.id_of(session)
        assert session_id is not None
        self.sessions.mark_abandoned(session_id)


def rejoin_offer(
    sessions: SessionStore, workshops: WorkshopStore, participant: Participant
) -> ResumePlan | None:
    """The unfinished conversation a rejoining participant is offered to pick up
    (:meth:`WorkshopStore.unfinished_session`), as a resume plan on the version it was played
    on; None when there is none or its saved scenario no longer loads."""
    session_id = workshops.unfinished_session(participant.id)
    if session_id is None:
        return None
    try:
        return ResumePlan(sessions, check_resume(sessions, sessions.session(session_id)))
    except RoleplayError:
        return None
