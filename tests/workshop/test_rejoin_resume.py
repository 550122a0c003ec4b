"""A participant who rejoins picks up their unfinished conversation where it stopped.

The host crashed (or the tab closed) in the middle of a conversation: every answered turn was
saved, but the rejoined participant only got the picker, and the half-played session stayed
"in progress" for good. Now they are asked to pick it up; it continues in the same session
row, so no turn is lost or saved twice and the board and debrief see one conversation.
"""

from __future__ import annotations

from textual.pilot import Pilot

from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore, open_workshop_db
from roleplay.storage.workshop.recorder import rejoin_offer
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.picker import PickerScreen
from roleplay.tui.screens.resume import ResumeOfferScreen
from roleplay.tui.workshop_app import HOST_GONE, ParticipantApp, workshop_entries

from ..budget import GOOD_REPLIES, PLAY_BUDGET, new_session
from ..tui.helpers import wait_until

OWNER = "digest-of-anns-browser"


def _open() -> tuple[WorkshopStore, SessionStore]:
    conn, path = open_workshop_db()
    return WorkshopStore(conn, path), SessionStore.open(path)


def _app(store: WorkshopStore, sessions: SessionStore, owner: str = OWNER) -> ParticipantApp:
    w = store.workshop("Rejoin room")
    return ParticipantApp(w, store, sessions, workshop_entries(w), owner=owner)


def _saved_turns(store: WorkshopStore) -> list[tuple[int, int, str]]:
    rows = store.conn.execute(
        "SELECT session_id, turn_no, reply FROM turns WHERE rewound_at IS NULL"
        " ORDER BY session_id, turn_no, id"
    ).fetchall()
    return [(int(a), int(b), str(c)) for a, b, c in rows]


async def _answer(pilot: Pilot[int], app: ParticipantApp, reply: str, turns: int) -> None:
    await pilot.press(*reply, "enter")
    await wait_until(
        pilot,
        lambda: (
            isinstance(app.screen, ConversationScreen) and len(app.screen.session.turns) == turns
        ),
        f"turn {turns} answered",
    )


async def test_a_participant_rejoining_after_the_host_died_continues_their_conversation() -> None:
    store, sessions = _open()
    w = store.open_workshop("Rejoin room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    first = _app(store, sessions)
    async with first.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: isinstance(first.screen, PickerScreen), "the picker")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(first.screen, ConversationScreen), "playing")
        await _answer(pilot, first, GOOD_REPLIES[0], 1)
        await _answer(pilot, first, GOOD_REPLIES[1], 2)
        state = first.screen.session.state  # type: ignore[attr-defined]
        first.exit(HOST_GONE)  # what check_host does: the app ends, nobody leaves anything
    assert first.participant is not None
    store.leave_quietly(first.participant.id)  # as run_participant's finally does
    sessions.close()  # the old process is gone: its claim on the session with it

    before = _saved_turns(store)
    assert [t[1] for t in before] == [1, 2]
    (session_id,) = {t[0] for t in before}

    sessions = SessionStore.open(store.path)
    second = _app(store, sessions)
    async with second.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: isinstance(second.screen, ResumeOfferScreen), "the offer")
        question = str(second.screen.offer.question)  # type: ignore[attr-defined]
        assert f"session {session_id}" in question and "after turn 2" in question
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(second.screen, ConversationScreen), "resumed")
        resumed = second.screen.session  # type: ignore[attr-defined]
        assert resumed.origin == session_id and resumed.turn == 2 and resumed.state == state
        await _answer(pilot, second, GOOD_REPLIES[2], 3)

    after = _saved_turns(store)
    assert [t[:2] for t in after] == [(session_id, 1), (session_id, 2), (session_id, 3)]
    assert after[:2] == before and after[2][2] == GOOD_REPLIES[2]
    links = store.conn.execute(
        "SELECT session_id, participant_id FROM workshop_sessions"
    ).fetchall()
    assert [tuple(r) for r in links] == [(session_id, second.participant.id)]  # type: ignore[union-attr]
    assert second.participant is not None and first.participant.id == second.participant.id
    sessions.close()


async def test_not_now_leaves_the_picker_and_the_conversation_as_it_was() -> None:
    store, sessions = _open()
    w = store.open_workshop("Rejoin room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    ann = store.join(w.id, "Ann", owner=OWNER)
    session = new_session(observers=[WorkshopRecorder(sessions, store, ann)])
    session.reply(GOOD_REPLIES[0])
    sessions.close()
    sessions = SessionStore.open(store.path)
    app = _app(store, sessions)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ResumeOfferScreen), "the offer")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen), "the picker")
    assert [t[1] for t in _saved_turns(store)] == [1]
    assert store.unfinished_session(ann.id) is not None  # still there for the next rejoin
    sessions.close()


def test_what_is_offered_on_rejoining() -> None:
    store, sessions = _open()
    w = store.open_workshop("Rejoin room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    ann = store.join(w.id, "Ann", owner=OWNER)
    bob = store.join(w.id, "Bob", owner="digest-of-bobs-browser")

    def play(who: object, replies: int) -> int:
        recorder = WorkshopRecorder(sessions, store, who)  # type: ignore[arg-type]
        s = new_session(observers=[recorder])
        for reply in GOOD_REPLIES[:replies]:
            s.reply(reply)
        assert recorder.session_id is not None
        return recorder.session_id

    assert rejoin_offer(sessions, store, ann) is None  # nothing played yet
    play(ann, 0)
    assert store.unfinished_session(ann.id) is None  # started, never answered: nothing to take up
    older = play(ann, 1)
    assert store.unfinished_session(ann.id) == older
    assert store.unfinished_session(bob.id) is None  # never somebody else's conversation
    newer = play(ann, 2)
    assert store.unfinished_session(ann.id) == newer  # the newest replaced the older one
    sessions.mark_abandoned(newer)
    assert store.unfinished_session(ann.id) is None  # ended on purpose: over
    again = play(ann, 1)
    store.stop_round(w.id)
    assert store.unfinished_session(ann.id) is None  # its round is over
    store.start_round(w.id)
    assert store.unfinished_session(ann.id) is None  # a new round starts afresh
    assert again != newer
    sessions.close()


def test_a_session_is_resumed_only_by_the_participant_who_began_it() -> None:
    store, sessions = _open()
    w = store.open_workshop("Rejoin room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    ann = store.join(w.id, "Ann", owner=OWNER)
    bob = store.join(w.id, "Bob", owner="digest-of-bobs-browser")
    first = new_session(observers=[WorkshopRecorder(sessions, store, ann)])
    first.reply(GOOD_REPLIES[0])
    plan = rejoin_offer(sessions, store, ann)
    assert plan is not None
    import pytest

    with pytest.raises(ValueError, match="only by the participant who began it"):
        plan.resume(new_session().scorer, [WorkshopRecorder(sessions, store, bob)])
    sessions.close()
