"""The board's "struggled here" heat map: a reply the scorer could not read (saved with
scored = 0 and score 0) is counted as unread, never as a low-scoring turn."""

from __future__ import annotations

from rich.console import Console

from roleplay.engine import Session
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput
from roleplay.storage import SessionStore
from roleplay.storage.workshop import (
    WorkshopRecorder,
    WorkshopStore,
    board_snapshot,
    open_workshop_db,
)
from roleplay.storage.workshop.board import LOW_SCORE
from roleplay.tui.board.widgets import heat_table

from ..budget import GOOD_REPLIES, budget

UNREADABLE = "asdf qwer zxcv"


class UnreadableScorer:
    """The fixed test scorer, except that UNREADABLE cannot be read."""

    name = "fixed-unreadable"

    def score(self, item: ScoreInput) -> Score:
        return (
            Score.unscored("gibberish") if item.reply == UNREADABLE else FixedScorer().score(item)
        )


def _play(
    store: WorkshopStore, sessions: SessionStore, workshop_id: str, name: str, replies: list[str]
) -> None:
    person = store.join(workshop_id, name)
    recorder = WorkshopRecorder(sessions, store, person)
    session = Session.start(budget(), UnreadableScorer(), 7, observers=[recorder])
    for text in replies:
        session.reply(text)


def test_unread_replies_are_not_struggling() -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Heat room", ["budget_pushback"], join_code=None, max_participants=5
    )
    store.start_round(workshop.id)
    sessions = SessionStore.open()
    try:
        _play(store, sessions, workshop.id, "Ann", [GOOD_REPLIES[0]])  # read, scores well
        _play(store, sessions, workshop.id, "Bob", [UNREADABLE])  # same state, unread
        _play(store, sessions, workshop.id, "Cy", [UNREADABLE])
        snap = board_snapshot(conn, workshop.id)
    finally:
        sessions.close()
    (opening,) = snap.heat
    ann = conn.execute("SELECT overall FROM turns WHERE scored = 1").fetchall()  # Ann's reply
    assert len(ann) == 1 and ann[0][0] >= LOW_SCORE
    assert opening.turns == 1 and opening.unread == 2
    assert opening.low == 0 and opening.mean_overall == ann[0][0]
    assert snap.turns == 3  # every reply is still counted on the board
    conn.close()


def test_a_state_with_only_unread_replies_shows_no_struggle() -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Unread room", ["budget_pushback"], join_code=None, max_participants=5
    )
    sessions = SessionStore.open()
    try:
        _play(store, sessions, workshop.id, "Bob", [UNREADABLE])
        snap = board_snapshot(conn, workshop.id)
    finally:
        sessions.close()
    conn.close()
    (state,) = snap.heat
    assert (state.turns, state.unread, state.low, state.struggle) == (0, 1, 0, 0.0)
    table = heat_table(snap.heat)
    console = Console(width=100, record=True)
    console.print(table)
    text = console.export_text()
    assert "0 (+1 unread)" in text and "–" in text
