"""Messages between workers, widgets and screens; named in the past tense (what happened)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the picker's start-up loads neither the engine nor the scorer
    from roleplay.engine.turns import PreparedReply
    from roleplay.scenario.catalogue import CatalogueEntry


@dataclass
class ReplySubmitted(Message):
    """The learner pressed Enter in the reply box."""

    text: str


@dataclass
class ReplyScored(Message):
    """The scoring thread prepared (scored) a reply; the screen now applies it to the session."""

    text: str
    prepared: PreparedReply
    seconds: float
    ticket: int = 0  # which sending of the reply (a cancelled one's result is not applied)
    confirmed: bool = False  # sent anyway although the scorer cannot read it


@dataclass
class ScoringFailed(Message):
    """The scorer raised; the reply goes back into the input."""

    text: str
    error: str
    ticket: int = 0


@dataclass
class SessionEnded(Message):
    """The conversation reached an ending (or was abandoned); bubbles up to the app."""

    outcome: str
    scenario_id: str = ""
    overall: int | None = None


@dataclass
class TurnRewound(Message):
    """The learner took back a turn."""

    turn: int


@dataclass
class CatalogueRead(Message):
    """The picker's worker has read ``done`` of the ``total`` scenario files it must read (the
    rest came from the catalogue's cache)."""

    done: int
    total: int


@dataclass
class CatalogueLoaded(Message):
    """The picker's worker finished reading the scenario library."""

    entries: list[CatalogueEntry]


@dataclass
class ScenarioChosen(Message):
    """The learner picked a scenario in the picker."""

    entry: CatalogueEntry
    mode: str


@dataclass
class ChatScrollRequested(Message):
    """An arrow key in the empty reply box: scroll the chat by ``lines``."""

    lines: int
