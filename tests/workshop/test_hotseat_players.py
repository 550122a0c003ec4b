"""The board and the xAPI statements credit each hot-seat player with their own turns.

A hot-seat conversation is recorded under its first player; the board showed that player with
the whole conversation's turns and scores and everyone else as "joined, not playing yet",
though they had answered turns of it, and every xAPI "answered" statement had the whole group
("Ann, Bob, Cy") as its actor.
"""

from __future__ import annotations

import json

import pytest

from roleplay.cli import main
from roleplay.storage.workshop import WorkshopStore, board_snapshot, group_rows, open_workshop_db

from .serving import play_hotseat


def test_each_hot_seat_player_has_their_own_row_and_statements(
    capsys: pytest.CaptureFixture[str],
) -> None:
    replies = [
        "That sounds like a lot of pressure from the board by Friday.",
        "What would a good outcome look like for you?",
        "Could we phase it together and protect the launch?",
    ]
    play_hotseat("Ann, Bob, Cy", "Trio", replies)
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.workshop("Trio")
    (played,) = group_rows(conn, w.id)
    answered = {t.speaker: t for t in played.turns}
    assert len(answered) >= 2  # the conversation may end early; it reached Bob at least
    rows = {p.name: p for p in board_snapshot(conn, w.id).participants}
    for name, turn in answered.items():
        row = rows[name]
        assert row.turns == 1 and row.sessions == 1, row
        assert row.overall == turn.overall, (name, row.overall, turn.overall)
        assert row.scenario_id == played.scenario_id and row.state is not None
    for name in {"Ann", "Bob", "Cy"} - set(answered):
        assert rows[name].turns == 0 and rows[name].scenario_id is None
    conn.close()
    capsys.readouterr()
    assert main(["export", "last", "--format", "xapi"]) == 0
    statements = json.loads(capsys.readouterr().out)
    actors = [st["actor"]["name"] for st in statements if st["verb"]["id"].endswith("answered")]
    assert actors == [t.speaker for t in played.turns]
    group = {st["actor"]["name"] for st in statements if not st["verb"]["id"].endswith("answered")}
    assert group <= {"Ann, Bob, Cy"}  # the session's own statements stay the group's
