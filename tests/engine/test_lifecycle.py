"""The lifecycle port: events in order, a failed observer keeps its events and gets them again,
and a prepared reply is applied only to the session state it was prepared for."""

from __future__ import annotations

import threading

import pytest

from roleplay.engine import Session, TurnResult
from roleplay.errors import RoleplayError, SessionError

from ..budget import BAD_REPLIES, GOOD_REPLIES, new_session


class Log:
    """An observer that writes down what it hears; ``fail`` makes the next N events fail."""

    def __init__(self, fail: int = 0) -> None:
        self.events: list[str] = []
        self.fail = fail

    def _hear(self, what: str) -> None:
        if self.fail > 0:
            self.fail -= 1
            raise RoleplayError("RP704", "disk full")
        self.events.append(what)

    def started(self, session: Session) -> None:
        self._hear("started")

    def resumed(self, session: Session) -> None:
        self._hear(f"resumed@{session.turn}")

    def turn(self, session: Session, result: TurnResult) -> None:
        self._hear(f"turn{result.turn}")

    def rewound(self, session: Session, undone: TurnResult) -> None:
        self._hear(f"rewound{undone.turn}")

    def ended(self, session: Session) -> None:
        self._hear(f"ended:{session.outcome}")

    def stopped(self, session: Session) -> None:
        self._hear("stopped")


def test_events_in_order_to_every_observer() -> None:
    one, two = Log(), Log()
    s = new_session(observers=[one, two])
    s.reply(BAD_REPLIES[0])
    s.rewind()
    for text in GOOD_REPLIES:
        s.reply(text)
    assert s.outcome == "success"
    expected = ["started", "turn1", "rewound1", "turn1", "turn2", "turn3", "turn4", "ended:success"]
    assert one.events == expected and two.events == expected


def test_abandon_is_an_ended_event_once() -> None:
    log = Log()
    s = new_session(observers=[log])
    s.reply(GOOD_REPLIES[0])
    s.abandon()
    s.abandon()
    assert log.events == ["started", "turn1", "ended:abandoned"]


def test_resume_tells_resumed_with_the_origin() -> None:
    s = new_session()
    s.reply(GOOD_REPLIES[0])
    log = Log()
    again = Session.resume(s.compiled, s.scorer, s.seed, list(s.turns), origin=12, observers=[log])
    assert (again.origin, log.events) == (12, ["resumed@1"])


def test_a_failed_save_is_kept_told_and_retried_in_order() -> None:
    flaky, steady = Log(fail=1), Log()
    s = new_session(observers=[flaky, steady])
    assert s.save_problem is not None  # "started" failed once
    s.reply(GOOD_REPLIES[0])  # delivered after the kept "started"
    assert s.save_problem is None
    assert flaky.events == ["started", "turn1"] == steady.events

    flaky.fail = 2
    s.reply(GOOD_REPLIES[1])
    problem = s.save_problem
    assert problem is not None and problem.waiting == 1
    assert problem.error.code == "RP704"
    assert "your reply to turn 2" in problem.message() and "kept" in problem.message()
    assert s.turn == 2  # the session went on; the reply is in it
    assert s.retry_saves() is not None  # still failing: still kept
    assert s.retry_saves() is None
    assert flaky.events == ["started", "turn1", "turn2"]


def test_what_is_still_waiting_becomes_a_coded_error() -> None:
    s = new_session(observers=[Log(fail=99)])
    s.reply(GOOD_REPLIES[0])
    problem = s.retry_saves()
    assert problem is not None
    error = problem.as_error()
    assert error.code == "RP715" and "2 change(s)" in error.format()


def test_the_unsaved_error_names_no_cause_but_its_own() -> None:
    """RP715 quotes the cause with its own hint; its hint says nothing of a full disk when the
    database was only locked (probe17 found "free disk space" after an RP702)."""

    class Locked(Log):
        def _hear(self, what: str) -> None:
            raise RoleplayError("RP702", "the database is locked", hint="close other windows")

    s = new_session(observers=[Locked()])
    s.reply(GOOD_REPLIES[0])
    problem = s.retry_saves()
    assert problem is not None
    text = problem.as_error().format()
    assert "RP702" in text and "close other windows" in text
    assert "disk" not in text


def test_an_observer_bug_is_not_hidden_as_a_save_problem() -> None:
    class Broken(Log):
        def turn(self, session: Session, result: TurnResult) -> None:
            raise KeyError("bug")

    s = new_session(observers=[Broken()])
    with pytest.raises(KeyError):
        s.reply(GOOD_REPLIES[0])


def test_prepare_changes_nothing_and_apply_uses_its_score() -> None:
    s = new_session()
    prepared = s.prepare(GOOD_REPLIES[0])
    assert (s.turn, prepared.turn, prepared.state) == (0, 1, s.state)
    assert prepared.intents == ()
    result = s.apply(prepared)
    assert result.score is prepared.score and s.turn == 1


def test_a_stale_prepared_reply_is_refused() -> None:
    s = new_session()
    early = s.prepare(GOOD_REPLIES[0])
    s.reply(BAD_REPLIES[0])
    s.rewind()  # same turn and state again, but the session moved in between
    with pytest.raises(SessionError) as info:
        s.apply(early)
    assert info.value.code == "RP605" and "moved on" in info.value.format()
    assert s.turn == 0
    twice = s.prepare(GOOD_REPLIES[0])
    s.apply(twice)
    with pytest.raises(SessionError):
        s.apply(twice)


def test_prepare_runs_in_threads_while_the_session_is_read() -> None:
    s = new_session()
    out: list[object] = []
    threads = [
        threading.Thread(target=lambda: out.append(s.prepare(GOOD_REPLIES[0]))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({p.score for p in out}) == 1  # type: ignore[attr-defined]
    s.apply(out[0])  # type: ignore[arg-type]
    assert s.turn == 1
