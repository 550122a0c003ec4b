"""The facilitator's board in words a room knows: each state named by what the counterpart said.

The board's snapshot (``roleplay.storage.workshop.board``) holds state ids, which are the
author's names (``dana_digs_in``). The board and ``roleplay board --json`` show the moment
instead (`Dana: “Every team says their budget is…”`), read from the scenario version that was
played there, and the scenario's title; each version is read once per board. ``--json`` keeps the
ids beside the words for tools.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from roleplay.errors import RoleplayError
from roleplay.report.moments import moment_words, short_line, state_words
from roleplay.scenario import load_text
from roleplay.scenario.model import Scenario
from roleplay.storage.workshop import BoardSnapshot, scenario_version_text

BOARD_MOMENT_CHARS = 32  # a board cell: enough to recognise the line on a projector
BOARD_TITLE_CHARS = 28  # a scenario's title in the board's narrow columns


@dataclass(frozen=True)
class BoardWords:
    """What the board shows for its ids: by participant id and by (scenario id, state)."""

    people: dict[int, str]
    heat: dict[tuple[str, str], str]
    titles: dict[str, str]  # scenario id -> its title, for the heat map


class MomentNamer:
    """Reads each played scenario version once (a board refreshes every second)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._scenarios: dict[str, Scenario | None] = {}

    def scenario(self, content_hash: str | None) -> Scenario | None:
        if content_hash is None:
            return None
        if content_hash not in self._scenarios:
            self._scenarios[content_hash] = self._load(content_hash)
        return self._scenarios[content_hash]

    def _load(self, content_hash: str) -> Scenario | None:
        text = scenario_version_text(self._conn, content_hash)
        if text is None:
            return None
        try:
            return load_text(text, f"<saved {content_hash[:12]}>").scenario
        except RoleplayError:  # a version that no longer loads: the id in words instead
            return None

    def words(self, snapshot: BoardSnapshot, limit: int = BOARD_MOMENT_CHARS) -> BoardWords:
        people = {
            p.id: moment_words(self.scenario(p.content_hash), p.state, limit)
            for p in snapshot.participants
            if p.state is not None
        }
        heat: dict[tuple[str, str], str] = {}
        titles: dict[str, str] = {}
        for h in snapshot.heat:
            scenario = self.scenario(h.content_hash)
            heat[(h.scenario_id, h.state)] = moment_words(scenario, h.state, limit)
            if scenario is not None:
                titles.setdefault(h.scenario_id, scenario.title)
        return BoardWords(people, heat, titles)


def board_title(words: BoardWords, scenario_id: str, limit: int = BOARD_TITLE_CHARS) -> str:
    """The scenario's title, cut for a board cell (the id when the version is unreadable)."""
    return short_line(words.titles.get(scenario_id, scenario_id), limit)


def board_json(snapshot: BoardSnapshot, words: BoardWords) -> dict[str, object]:
    """The snapshot as ``roleplay board --json`` prints it: every id kept, with its words."""
    data = asdict(snapshot)
    for person, raw in zip(snapshot.participants, data["participants"], strict=True):
        raw["moment"] = words.people.get(person.id)
    for heat, raw in zip(snapshot.heat, data["heat"], strict=True):
        key = (heat.scenario_id, heat.state)
        raw["moment"] = words.heat.get(key, state_words(heat.state))
        raw["title"] = words.titles.get(heat.scenario_id)
    return data
