"""One failed-save policy in every front end: a store that fails once loses no turn, the learner
is told plainly, and the reply is saved again with the next step (engine/lifecycle.py)."""

from __future__ import annotations

import io
import json

import pytest

from roleplay.engine import Session
from roleplay.errors import RoleplayError
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.storage import SessionRecorder
from roleplay.storage.workshop import (
    WorkshopRecorder,
    WorkshopStore,
    group_rows,
    open_workshop_db,
)

from ..budget import GOOD_REPLIES, budget, new_session
from ..storage.flaky import FlakyStore
from ..tui.helpers import conversation_ready, make_app, say

NOT_SAVED = "Could not save your reply to turn 1"


def _saved_replies(store: FlakyStore, session_id: int) -> list[str]:
    return [t.result.reply for t in store.turns(session_id)]


@pytest.mark.parametrize("json_mode", [False, True])
def test_plain_mode_tells_keeps_and_saves_again(json_mode: bool) -> None:
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        store.fail_turns = 1
        out = io.StringIO()
        front = PlainFrontEnd(session, Printer(out, False), json_mode=json_mode)
        front.run(GOOD_REPLIES[:2])
        text = out.getvalue()
        assert recorder.session_id is not None
        assert _saved_replies(store, recorder.session_id) == GOOD_REPLIES[:2]
    if json_mode:
        events = [json.loads(line) for line in text.splitlines()]
        failed = [e for e in events if e["event"] == "save_failed"]
        assert len(failed) == 1 and failed[0]["code"] == "RP704"
        assert NOT_SAVED in failed[0]["message"]
    else:
        assert text.count(NOT_SAVED) == 1 and "nothing is lost" in text


def test_plain_mode_that_cannot_save_at_the_end_says_so_with_a_code() -> None:
    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        front = PlainFrontEnd(session, Printer(io.StringIO(), False))
        with pytest.raises(RoleplayError) as info:
            front.run(GOOD_REPLIES[:1])
    assert info.value.code == "RP715"


def test_workshop_line_mode_tells_keeps_and_saves_again() -> None:
    conn, path = open_workshop_db()
    workshops = WorkshopStore(conn, path)
    w = workshops.open_workshop(
        "Flaky room", ["budget_pushback"], join_code=None, max_participants=3
    )
    workshops.start_round(w.id)
    ann, bob = (workshops.join(w.id, name) for name in ("Ann", "Bob"))
    with FlakyStore.open(path) as store:
        recorder = WorkshopRecorder(store, workshops, ann, speakers=[ann, bob])
        session = Session.start(budget(), new_session().scorer, 7, observers=[recorder])
        store.fail_turns = 1
        out = io.StringIO()
        PlainFrontEnd(session, Printer(out, False)).run(GOOD_REPLIES[:3])
        assert out.getvalue().count(NOT_SAVED) == 1
        assert recorder.session_id is not None
        assert _saved_replies(store, recorder.session_id) == GOOD_REPLIES[:3]
    (played,) = group_rows(conn, w.id)
    assert [t.speaker for t in played.turns] == ["Ann", "Bob", "Ann"]
    conn.close()


async def test_tui_tells_keeps_and_saves_again() -> None:
    with FlakyStore.open() as store:
        recorder = SessionRecorder(store)
        app = make_app(budget(), recorder=recorder)
        async with app.run_test(size=(120, 40)) as pilot:
            await conversation_ready(pilot, app)
            assert recorder.session_id is None  # saved with its first reply, not before
            store.fail_turns = 1
            await say(pilot, app, GOOD_REPLIES[0])
            told = [n.message for n in app._notifications]
            assert any(NOT_SAVED in m for m in told), told
            assert recorder.session_id is None  # the row comes with its first turn, or not
            assert store.sessions() == []
            await say(pilot, app, GOOD_REPLIES[1])
            assert recorder.session_id is not None
            assert _saved_replies(store, recorder.session_id) == GOOD_REPLIES[:2]


def test_plain_mode_says_a_save_that_keeps_failing_once_then_how_much_waits() -> None:
    """The same sentence ("Could not save your reply to turn 1: RP704 ...") came after every
    reply while the disk stayed full; after the first, a short line says how much now waits."""
    with FlakyStore.open() as store:
        session = new_session(observers=[SessionRecorder(store)])
        store.fail_turns = 99
        out = io.StringIO()
        with pytest.raises(RoleplayError):
            PlainFrontEnd(session, Printer(out, False)).run(GOOD_REPLIES[:3])
    text = out.getvalue()
    assert text.count(NOT_SAVED) == 1
    still = [line for line in text.splitlines() if line.startswith("Still not saved (RP704): ")]
    assert len(still) == 3 and all("kept and saved again" in line for line in still)
    assert len(set(still)) == 3  # each says how many changes wait now
