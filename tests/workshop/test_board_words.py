"""The board names states by what the counterpart said there, never by the author's id.

Found by a workshop host: the participants table showed ``dana_guarded`` and the heat map
``budget_pushback · dana_opens_up`` on the projector, while the group debrief promised moments
named by the counterpart's line. ``roleplay board --json`` keeps the ids beside the words.
"""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from roleplay.cli import main
from roleplay.engine import Session
from roleplay.report.board_moments import MomentNamer, board_json
from roleplay.scoring.fixed import FixedScorer
from roleplay.storage import SessionStore
from roleplay.storage.workshop import (
    WorkshopRecorder,
    WorkshopStore,
    board_snapshot,
    open_workshop_db,
)
from roleplay.tui.board.widgets import heat_table, participant_row

from ..budget import BAD_REPLIES, GOOD_REPLIES, budget

OPENING = "Dana: “I need 30% out of your Q3…”"


def _room() -> tuple[WorkshopStore, str]:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Words room", ["budget_pushback"], join_code=None, max_participants=5
    )
    store.start_round(workshop.id)
    sessions = SessionStore.open()
    try:
        for name, reply in (("Ann", GOOD_REPLIES[0]), ("Bob", BAD_REPLIES[0])):
            recorder = WorkshopRecorder(sessions, store, store.join(workshop.id, name))
            Session.start(budget(), FixedScorer(), 7, observers=[recorder]).reply(reply)
    finally:
        sessions.close()
    return store, workshop.id


def _plain(renderable: object) -> str:
    console = Console(width=160, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_the_board_shows_the_counterparts_line_not_the_state_id() -> None:
    store, workshop_id = _room()
    snap = board_snapshot(store.conn, workshop_id)
    words = MomentNamer(store.conn).words(snap)
    states = {p.state for p in snap.participants if p.state} | {h.state for h in snap.heat}
    rows = [
        " ".join(cell.plain for cell in participant_row(p, words.people[p.id]))
        for p in snap.participants
    ]
    heat = _plain(heat_table(snap.heat, words))
    for text in (*rows, heat):
        assert not any(state in text for state in states if "_" in state), text
        assert "Dana: “" in text
    assert OPENING in heat and "Push back on a budget cut ·" in heat
    store.conn.close()


def test_board_json_keeps_the_ids_beside_the_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store, workshop_id = _room()
    store.conn.close()
    assert main(["board", "--workshop", workshop_id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    opening = next(h for h in data["heat"] if h["state"] == "opening")
    assert opening["moment"] == OPENING and opening["title"] == "Push back on a budget cut"
    for person in data["participants"]:
        assert person["state"] and person["moment"].startswith("Dana: “")


def test_a_version_that_no_longer_loads_falls_back_to_the_id_in_words() -> None:
    store, workshop_id = _room()
    store.conn.execute("UPDATE scenario_versions SET text = 'id: [broken'")
    snap = board_snapshot(store.conn, workshop_id)
    data = board_json(snap, MomentNamer(store.conn).words(snap))
    heat = data["heat"]
    assert isinstance(heat, tuple)
    assert {h["moment"] for h in heat} >= {"opening"} and {h["title"] for h in heat} == {None}
    store.conn.close()


@pytest.mark.parametrize(
    ("sessions", "turns", "said"),
    [(1, 1, "1 conversation, 1 reply"), (2, 0, "2 conversations, 0 replies")],
)
def test_the_round_line_counts_in_words(sessions: int, turns: int, said: str) -> None:
    """probe17: the board on the projector said '1 conversations, 1 replies'."""
    from roleplay.storage.workshop.board import BoardSnapshot
    from roleplay.storage.workshop.store import Round
    from roleplay.tui.board.widgets import round_text

    snapshot = BoardSnapshot("w", 1, (), (), sessions, turns, 0.0)
    line = round_text("Team day", [Round(1, "w", 1, 0.0, None, False)], snapshot).plain
    assert line.endswith(f"0 joined, 0 active, {said}"), line
