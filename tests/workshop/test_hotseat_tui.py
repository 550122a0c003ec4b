"""The hot-seat TUI: the bar names whose turn it is, rotates with each reply and a rewind, and
every answered turn is saved and attributed to the person whose turn it was."""

from __future__ import annotations

from textual.widgets import Static

from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import (
    WorkshopRecorder,
    WorkshopStore,
    group_rows,
    open_workshop_db,
)
from roleplay.tui.hotseat_app import HotSeatApp
from roleplay.tui.screens.hotseat import HotSeatConversation
from roleplay.tui.widgets.chat_log import Bubble

from ..budget import GOOD_REPLIES, ReadingScorer, budget
from ..tui.helpers import conversation_ready, say, wait_until


def _bar(app: HotSeatApp) -> str:
    return str(app.screen.query_one("#hotseat", Static).render())


async def test_hot_seat_rotates_speakers_and_attributes_turns() -> None:
    conn, path = open_workshop_db()
    workshops = WorkshopStore(conn, path)
    w = workshops.open_workshop(
        "Pair room", ["budget_pushback"], join_code=None, max_participants=3
    )
    workshops.start_round(w.id)
    people = [workshops.join(w.id, name) for name in ("Ann", "Bob", "Cy")]
    sessions = SessionStore.open(path)
    recorder = WorkshopRecorder(sessions, workshops, people[0], speakers=people)
    app = HotSeatApp(budget(), ["Ann", "Bob", "Cy"], seed=7, recorder=recorder)
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_ready(pilot, app)
        assert isinstance(app.screen, HotSeatConversation)
        assert "Ann's turn" in _bar(app) and "next: Bob" in _bar(app)
        await say(pilot, app, GOOD_REPLIES[0])
        await wait_until(pilot, lambda: "Bob's turn" in _bar(app), "Bob's turn")
        assert "next: Cy" in _bar(app)
        await say(pilot, app, "No.")
        await wait_until(pilot, lambda: "Cy's turn" in _bar(app), "Cy's turn")
        await pilot.press("f3")  # Bob takes back his reply and answers again
        await wait_until(pilot, lambda: "Bob's turn" in _bar(app), "Bob's turn again")
        await say(pilot, app, GOOD_REPLIES[1])
        await say(pilot, app, GOOD_REPLIES[2])
        # each reply in the chat is headed by its player, not "You" (Bob's taken-back reply
        # stays, greyed, under his name)
        heads = [b.who for b in app.screen.query(Bubble).filter(".learner")]
        assert heads == ["Ann", "Bob", "Bob", "Cy"], heads
        app.action_history()  # not available in hot seat: other people's sessions
        assert app.screen.__class__ is HotSeatConversation
    (played,) = group_rows(conn, w.id)
    assert [t.speaker for t in played.turns] == ["Ann", "Bob", "Cy"]
    assert [t.reply for t in played.turns] == GOOD_REPLIES[:3]
    sessions.close()
    conn.close()


async def test_a_reply_kept_back_at_the_question_does_not_pass_the_turn() -> None:
    """A reply that can't be scored and is kept back (n at the question) is not sent: the bar
    and the next reply's heading stay with the same player, and nobody is told it is their
    turn."""
    from roleplay.tui.screens.confirm_send import ConfirmSendScreen
    from roleplay.tui.widgets.reply_input import ReplyInput

    app = HotSeatApp(budget(), ["Ann", "Bob"], seed=7)
    app._scorer = ReadingScorer()
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        await say(pilot, app, GOOD_REPLIES[0])
        await say(pilot, app, GOOD_REPLIES[1])
        learners = [b for b in screen.query(Bubble) if b.has_class("learner")]
        assert [b.who for b in learners] == ["Ann", "Bob"]
        told = [n.message for n in app._notifications]
        box = screen.query_one(ReplyInput)
        box.focus()
        box.insert("👍")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmSendScreen), "asked")
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen, "back to the chat")
        await pilot.pause()
        assert "Ann's turn" in _bar(app) and box.text == "👍"
        assert [n.message for n in app._notifications][len(told) :] == []
        assert screen.reply_label(3) == "Ann"  # type: ignore[attr-defined]


LONG = ["Maria Fernanda Castillo-Oyelaran Smith", "Bartholomew Alexander Wojciechowski"]


def test_the_speaker_bar_fits_its_width_cutting_the_next_name_first() -> None:
    from roleplay.tui.screens.hotseat import speaker_bar

    whole = speaker_bar(LONG, 1, False).plain
    assert whole.endswith(f"{LONG[0]}'s turn  (next: {LONG[1]})")
    assert speaker_bar(LONG, 1, False, 200).plain == whole
    at_80 = speaker_bar(LONG, 1, False, 80).plain
    assert len(at_80) <= 80
    assert f"{LONG[0]}'s turn" in at_80 and "(next: Bartholomew" in at_80 and "…" in at_80
    narrow = speaker_bar(LONG, 1, False, 40).plain
    assert len(narrow) <= 40 and narrow.endswith("…'s turn") and "next" not in narrow


async def test_the_hot_seat_bar_is_not_cut_at_80_columns() -> None:
    """Found by a trainer: at 80 columns two long names ran the bar off the screen, so the
    next player (and with longer names "'s turn") could not be seen."""
    app = HotSeatApp(budget(), LONG, seed=7)
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        await wait_until(pilot, lambda: "(next: Bartholomew…)" in _bar(app), "the fitted bar")
        assert f"{LONG[0]}'s turn" in _bar(app)
        await say(pilot, app, GOOD_REPLIES[0])
        await wait_until(pilot, lambda: f"{LONG[1]}'s turn" in _bar(app), "the second player")
        assert "(next: Maria Fernanda…)" in _bar(app)
        await pilot.resize_terminal(200, 30)
        await wait_until(pilot, lambda: f"(next: {LONG[0]})" in _bar(app), "the whole bar")
