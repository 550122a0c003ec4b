"""Thirty participant processes play full scenarios against one database at the same time."""

from __future__ import annotations

from roleplay.storage.workshop import WorkshopStore, board_snapshot, open_workshop_db

from .load import SCENARIO, play_all

PLAYERS = 30
TURNS_EACH = 3  # quick_checkin always ends after three replies


def test_thirty_processes_lose_and_duplicate_no_turn() -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Load room", [str(SCENARIO)], join_code=None, max_participants=PLAYERS
    )
    store.start_round(workshop.id)

    runs = play_all(workshop.id, PLAYERS)

    for run in runs:
        assert run.returncode == 0, (run.name, run.stderr)
        assert len(run.turn_events) == TURNS_EACH, run.name
        assert run.end_event is not None and run.end_event["outcome"] in ("success", "failure")

    # The database holds every answered turn exactly once, in order, per session.
    rows = conn.execute(
        "SELECT s.participant, t.turn_no, t.reply FROM turns t"
        " JOIN sessions s ON s.id = t.session_id"
        " WHERE s.workshop_id = ? AND t.rewound_at IS NULL ORDER BY s.participant, t.turn_no",
        (workshop.id,),
    ).fetchall()
    assert len(rows) == PLAYERS * TURNS_EACH
    assert len({(r[0], r[1]) for r in rows}) == len(rows)  # no duplicates
    for run in runs:
        saved = [r[2] for r in rows if r[0] == run.name]
        played = [e["reply"] for e in run.turn_events]
        assert saved == played, run.name  # none lost, none reordered

    # The board's query shows all of them, each finished, with scores.
    snap = board_snapshot(conn, workshop.id)
    assert len(snap.participants) == PLAYERS
    assert snap.sessions == PLAYERS
    assert snap.turns == PLAYERS * TURNS_EACH
    assert {p.name for p in snap.participants} == {r.name for r in runs}
    for p in snap.participants:
        assert p.turns == TURNS_EACH and p.outcome in ("success", "failure")
        assert p.overall is not None and p.scenario_id == "quick_checkin"
    assert sum(h.turns + h.unread for h in snap.heat) == PLAYERS * TURNS_EACH
    conn.close()
