"""What a session is made of, as plain values: turns, rewinds, outcomes, prepared replies.

Dependency-free on purpose (only the scorer's value types): storage, reports and exports import
these without loading the state machine (``transitions``), the scenario loader or a scorer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from roleplay.errors import SessionError
from roleplay.scoring.reply_limit import MAX_REPLY_CHARS as MAX_REPLY_CHARS  # defined once
from roleplay.scoring.reply_limit import reply_too_long as _too_long
from roleplay.scoring.types import Score, ScoreInput

Outcome = Literal["success", "failure", "neutral", "abandoned"]
Mode = Literal["coach", "exam"]


@dataclass(frozen=True)
class TurnResult:
    """What one reply did: its score, the meter changes and where the conversation went."""

    turn: int  # 1-based
    state: str  # the state the reply answered
    counterpart_line: str  # what the counterpart said before the reply
    reply: str
    score: Score
    meters_before: dict[str, int]
    meters_after: dict[str, int]
    next_state: str
    next_line: str | None  # what the counterpart says next (the final line at an ending)
    transition_index: int | None  # which transition fired; None when none held (stayed put)
    ended: bool = False
    outcome: Outcome | None = None
    hint: str | None = None  # the hint of the state that was answered
    intents: tuple[str, ...] = ()  # the scenario's intents the reply matched, best first

    @property
    def meter_changes(self) -> dict[str, int]:
        return {
            k: self.meters_after[k] - self.meters_before.get(k, 0)
            for k in self.meters_after
            if self.meters_after[k] != self.meters_before.get(k, 0)
        }


def reply_too_long(text: str) -> SessionError | None:
    """RP604 for a reply over :data:`MAX_REPLY_CHARS`: it is refused whole, never cut short."""
    return _too_long(text, SessionError)


@dataclass(frozen=True)
class RewoundTurn:
    """A turn the learner took back; kept so the debrief can compare both answers."""

    original: TurnResult
    replaced_by: TurnResult | None = None


@dataclass(frozen=True)
class PreparedReply:
    """A reply made ready off the UI thread by ``Session.prepare``: everything slow is done.

    ``revision`` is the session's revision it was made for; ``Session.apply`` refuses it once the
    session has moved on (another reply, a rewind). ``intents`` holds what intent matching found
    (empty until a scenario uses intents).
    """

    revision: int
    turn: int  # the turn this reply would answer (1-based)
    state: str
    item: ScoreInput
    score: Score
    intents: tuple[str, ...] = ()
