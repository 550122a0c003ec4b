"""Everything an export needs about one saved session, read once from the store.

The debrief is rebuilt from the saved scenario text and the saved turns, so an export shows the
session as it was played even if the scenario file has changed since.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from roleplay import __version__
from roleplay.engine import Debrief, TurnResult, build_debrief
from roleplay.engine.heard import heard_line, heard_text
from roleplay.errors import RoleplayError
from roleplay.scenario import LoadedScenario
from roleplay.scoring import default_scorer
from roleplay.storage import SessionRecord, SessionStore, StoredTurn, restore_session
from roleplay.storage.encoding import timestamp
from roleplay.storage.restore import saved_scenario


@dataclass(frozen=True)
class SessionExport:
    record: SessionRecord
    scenario: LoadedScenario | None  # None when the saved text no longer loads
    turns: tuple[StoredTurn, ...]  # live turns, in order
    rewound: tuple[StoredTurn, ...]  # turns the learner took back
    debrief: Debrief | None
    exported_at: str
    generator: str = f"roleplay {__version__}"
    speakers: Mapping[int, str] = field(default_factory=dict)  # hot seat: turn -> who typed it

    @property
    def counterpart_name(self) -> str:
        return self.scenario.scenario.counterpart.name if self.scenario else "Counterpart"

    def turn_heading(self, turn: TurnResult) -> str:
        """``Turn 2``, or ``Turn 2: you offered to phase the cut`` for a turn that decided a
        move (in the debrief's words): never the state's id, which is the author's name for it."""
        moves = self.debrief.moves if self.debrief is not None else ()
        words = next((m.words for m in moves if m.turn == turn.turn), None)
        return f"Turn {turn.turn}: {words}" if words else f"Turn {turn.turn}"

    def who(self, turn: TurnResult) -> str:
        """Who gave the reply: the hot-seat player whose turn it was, else "You"."""
        return self.speakers.get(turn.turn, "You")

    def turn_named(self, turn_no: int) -> str:
        """``3``, or ``3 (Bob)`` in a hot seat: the debrief's strongest and weakest turns name
        the player who gave them."""
        who = self.speakers.get(turn_no)
        return f"{turn_no} ({who})" if who else str(turn_no)

    def heard(self, turn: TurnResult) -> str | None:
        """ "Dana heard: you offered to phase the cut" for a turn that matched intents."""
        return heard_text(self.scenario.scenario, turn.intents, turn) if self.scenario else None

    def heard_line(self, turn: TurnResult) -> str | None:
        """What the Markdown and HTML exports print under a reply: :meth:`heard`, or "Dana
        heard no particular move" for a scored reply that matched none of the intents."""
        if self.scenario is None:
            return None
        return heard_line(self.scenario.scenario, turn.intents, scored=turn.score.scored, turn=turn)


def load_export(store: SessionStore, session_id: int, now: datetime | None = None) -> SessionExport:
    record = store.session(session_id)
    everything = store.turns(session_id, include_rewound=True)
    scenario: LoadedScenario | None
    debrief: Debrief | None
    try:
        scenario = saved_scenario(store, record)
        session = restore_session(store, record, scenario, default_scorer())
        debrief = build_debrief(session, store.best_reply)
    except RoleplayError:
        scenario, debrief = None, None
    return SessionExport(
        record=record,
        scenario=scenario,
        turns=tuple(t for t in everything if t.rewound_at is None),
        rewound=tuple(t for t in everything if t.rewound_at is not None),
        debrief=debrief,
        exported_at=timestamp(now or datetime.now(UTC)),
        speakers=store.turn_speakers(session_id) if record.workshop_id else {},
    )
