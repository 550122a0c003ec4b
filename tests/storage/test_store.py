"""Sessions and turns go in and come back exactly; totals, history and progress queries."""

from __future__ import annotations

import sqlite3

import pytest

from roleplay.engine.records import turn_to_json
from roleplay.errors import StorageError
from roleplay.scoring.fixed import FixedScorer
from roleplay.storage import (
    SessionRecorder,
    SessionStore,
    check_resume,
    database_path,
    refuse_unless_resumable,
    restore_session,
)

from .helpers import GOOD_REPLIES, new_session, open_store, play, saved_id


def test_database_lives_under_roleplay_home(_isolated_home: object) -> None:
    with open_store() as store:
        assert store.path == database_path()
        assert str(store.path).startswith(str(_isolated_home))
        assert store.path.is_file()


def test_turns_round_trip_exactly() -> None:
    with open_store() as store:
        session, sid = play(store, GOOD_REPLIES[:2])
        saved = store.live_turns(sid)
        assert [turn_to_json(t) for t in saved] == [turn_to_json(t) for t in session.turns]
        record = store.session(sid)
        assert record.turn_count == 2
        assert record.final_state == session.state
        assert record.overall == session.overall
        assert record.learner == "Ada"
        assert record.outcome is None
        assert record.workshop_id is None and record.participant is None


def test_turn_parent_links_form_a_chain() -> None:
    with open_store() as store:
        _, sid = play(store, GOOD_REPLIES[:3])
        turns = store.turns(sid)
        assert turns[0].parent_id is None
        assert [t.parent_id for t in turns[1:]] == [t.id for t in turns[:-1]]


def test_ending_is_saved_with_the_last_turn() -> None:
    with open_store() as store:
        session, sid = play(store, GOOD_REPLIES * 3)
        assert session.ended
        record = store.session(sid)
        assert record.outcome == session.outcome
        assert record.ended_at is not None
        assert record.finished
        assert record.passed == session.passed


def test_rewind_keeps_the_old_answer_marked() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
        session.reply("No.")
        session.rewind()
        session.reply(GOOD_REPLIES[1])
        everything = store.turns(sid, include_rewound=True)
        assert [t.result.reply for t in everything] == [GOOD_REPLIES[0], "No.", GOOD_REPLIES[1]]
        assert everything[1].rewound_at is not None
        assert [t.result.reply for t in store.turns(sid)] == [GOOD_REPLIES[0], GOOD_REPLIES[1]]
        assert store.session(sid).turn_count == 2


HOSTILE = [
    "[bold red]markup[/] and [link=http://x]link[/link]",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07 and a bell \x07",
    "<script>alert('x')</script> & \"quotes\" <b>bold</b>",
    "bad bytes became \ufffd\ufffd here",
    "a lone surrogate \udcff from surrogateescape",
    "nul \x00 inside",
    "x" * 100_000,
]


def test_hostile_replies_are_stored_verbatim() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        for text in HOSTILE:
            if session.ended:
                session.rewind()
            session.reply(text)
        sid = saved_id(recorder)
        replies = [t.result.reply for t in store.turns(sid, include_rewound=True)]
        assert replies == HOSTILE


def test_lone_surrogate_column_is_valid_utf8() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply("oops \udcff")
        sid = saved_id(recorder)
        row = store._conn.execute("SELECT reply FROM turns WHERE session_id = ?", (sid,)).fetchone()
        assert row[0] == "oops \ufffd"


def test_history_queries() -> None:
    with open_store() as store:
        _, finished = play(store, GOOD_REPLIES * 3)
        _, stopped = play(store, GOOD_REPLIES[:1])
        listed = store.sessions()
        assert [r.id for r in listed] == [stopped, finished]
        assert store.best_scores() == {"budget_pushback": store.session(finished).overall}
        points = store.progress()
        assert [p.session_id for p in points] == [finished, stopped]
        summary = store.scenario_summaries()[0]
        assert (summary.scenario_id, summary.sessions, summary.finished) == (
            "budget_pushback",
            2,
            1,
        )
        assert summary.last_overall == store.session(stopped).overall
        # A session that ended in failure never counts for the best, however high its overall.
        store._conn.execute(
            "UPDATE sessions SET outcome = 'failure', overall = 99 WHERE id = ?", (finished,)
        )
        assert store.best_scores() == {}
        assert store.scenario_summaries()[0].best_overall is None


def test_latest_unfinished_ignores_finished_and_replaced_sessions() -> None:
    with open_store() as store:
        assert store.latest_unfinished() is None
        _, first = play(store, GOOD_REPLIES[:1])
        found = store.latest_unfinished("budget_pushback")
        assert found is not None and found.id == first
        play(store, GOOD_REPLIES * 3)  # a newer session of the same scenario, finished
        assert store.latest_unfinished() is None


def test_abandoned_sessions_are_over_and_stopped_ones_reopen() -> None:
    with open_store() as store:
        session, sid = play(store, GOOD_REPLIES[:1])
        session.abandon()
        assert store.session(sid).abandoned and not store.session(sid).resumable
        assert store.latest_unfinished() is None
        with pytest.raises(StorageError) as info:
            refuse_unless_resumable(store.session(sid))
        assert info.value.code == "RP707"

        stopped, sid = play(store, GOOD_REPLIES[:1])
        stopped.stop()
        record = store.session(sid)
        assert record.outcome is None and record.resumable
        found = store.latest_unfinished()
        assert found is not None and found.id == sid
        restore_session(
            store,
            record,
            check_resume(store, record).saved,
            FixedScorer(),
            [SessionRecorder(store)],
        )
        assert store.session(sid).outcome is None


def test_workshop_columns_are_saved() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store, workshop_id="ws1", participant="Grace")
        new_session(observers=[recorder])
        sid = saved_id(recorder)
        assert sid is not None
        record = store.session(sid)
        assert (record.workshop_id, record.participant) == ("ws1", "Grace")
        assert [r.id for r in store.sessions(workshop_id="ws1")] == [sid]
        assert store.latest_unfinished() is None  # workshop sessions are not offered solo


@pytest.mark.parametrize(
    ("setting", "busy_ms"),
    [
        (None, 10_000),
        ("2.5", 2_500),
        ("0", 0),
        ("soon", 10_000),
        ("-1", 10_000),
        ("nan", 10_000),
        ("inf", 86_400_000),  # at most a day (inf was an OverflowError traceback)
        ("1e309", 86_400_000),
        ("1e12", 86_400_000),
    ],
)
def test_wal_foreign_keys_full_sync_and_the_busy_timeout(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, busy_ms: int
) -> None:
    """Every connection: WAL, foreign keys, synchronous=FULL (a committed turn survives a power
    cut) and ROLEPLAY_DB_TIMEOUT seconds of busy timeout (10 when unset or not a number >= 0; a day at most)."""
    if setting is None:
        monkeypatch.delenv("ROLEPLAY_DB_TIMEOUT", raising=False)
    else:
        monkeypatch.setenv("ROLEPLAY_DB_TIMEOUT", setting)
    with open_store() as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == busy_ms


def test_unknown_session_is_a_coded_error() -> None:
    import pytest

    from roleplay.errors import StorageError

    with open_store() as store, pytest.raises(StorageError) as info:
        store.session(999)
    assert info.value.code == "RP710"


def test_store_file_is_plain_sqlite(tmp_path: object) -> None:
    with open_store() as store:
        play(store, GOOD_REPLIES[:1])
        path = store.path
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM turns").fetchone()[0] == 1
    conn.close()
    SessionStore.open(path).close()


def test_one_recorder_follows_several_sessions() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store)
        first = new_session(observers=[recorder])
        first.reply(GOOD_REPLIES[0])
        a = saved_id(recorder)
        second = new_session(seed=9, observers=[recorder])
        assert recorder.session_id is None  # not saved before its first reply
        second.reply("No.")
        b = saved_id(recorder)
        first.reply(GOOD_REPLIES[1])
        assert a is not None and b is not None and a != b
        assert recorder.id_of(first) == a and recorder.id_of(second) == b
        assert store.session(a).turn_count == 2 and store.session(b).turn_count == 1
        second.abandon()
        second.abandon()  # a second abandon changes nothing and says nothing
        assert store.session(b).outcome == "abandoned"
