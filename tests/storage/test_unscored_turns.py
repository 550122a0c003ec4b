"""A reply the scorer could not read (Score.scored false, with its reason) is saved as such,
comes back as such on resume, shows as "Not scored" in exports, and old databases learn it from
their saved payloads (schema version 3)."""

from __future__ import annotations

import json
import sqlite3

from roleplay.engine import Session, compile_scenario
from roleplay.engine.records import turn_from_json, turn_to_json
from roleplay.report.formats import render
from roleplay.report.session_export import load_export
from roleplay.scenario import load_file
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.types import Score, ScoreInput
from roleplay.storage import SCHEMA_VERSION, SessionRecorder, SessionStore, database_path
from roleplay.storage.migrations import user_version
from roleplay.storage.resume_plan import plan_resume

from .helpers import BUDGET, GOOD_REPLIES, saved_id

UNREADABLE = {"asdf qwer zxcv": "gibberish", "Je ne sais pas quoi dire.": "language:fr"}


class UnreadableScorer:
    """The fixed test scorer, except that the replies in UNREADABLE cannot be read."""

    name = "fixed-unreadable"

    def score(self, item: ScoreInput) -> Score:
        reason = UNREADABLE.get(item.reply)
        return Score.unscored(reason) if reason else FixedScorer().score(item)


def _play(store: SessionStore) -> int:
    recorder = SessionRecorder(store)
    session = Session.start(
        compile_scenario(load_file(BUDGET)), UnreadableScorer(), 7, observers=[recorder]
    )
    for text in [GOOD_REPLIES[0], *UNREADABLE]:
        session.reply(text)
    return saved_id(recorder)


def _columns(path: object) -> list[tuple[int, int, str | None]]:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute(
            "SELECT turn_no, scored, unscored_reason FROM turns ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [(int(a), int(b), c) for a, b, c in rows]


EXPECTED = [(1, 1, None), (2, 0, "gibberish"), (3, 0, "language:fr")]


def test_turn_json_round_trip_keeps_scored_and_reason() -> None:
    with SessionStore.open() as store:
        sid = _play(store)
        turns = store.turns(sid)
    for stored in turns:
        again = turn_from_json(json.loads(json.dumps(turn_to_json(stored.result))))
        assert again.score == stored.result.score
    assert [(t.result.score.scored, t.result.score.reason) for t in turns] == [
        (True, None),
        (False, "gibberish"),
        (False, "language:fr"),
    ]


def test_scored_and_reason_are_columns_of_the_turn() -> None:
    with SessionStore.open() as store:
        _play(store)
    assert _columns(database_path()) == EXPECTED


def test_a_resumed_session_still_knows_which_replies_were_not_scored() -> None:
    with SessionStore.open() as store:
        sid = _play(store)
        plan = plan_resume(store, session_id=sid)
        session = plan.resume(FixedScorer())
        assert [t.score.scored for t in session.turns] == [True, False, False]
        assert session.turns[2].score.reason == "language:fr"


def test_exports_say_not_scored_and_why() -> None:
    with SessionStore.open() as store:
        sid = _play(store)
        export = load_export(store, sid)
    markdown = render(export, "md")
    html = render(export, "html")
    for reason in ("gibberish", "language:fr"):
        message = unscored_message(reason)
        assert message in markdown
        assert message.replace("'", "&#x27;") in html
    # each unread turn: once in the transcript, once in the debrief's advice (why it earned 0)
    assert markdown.count("Not scored:") == 4 and html.count("Not scored:") == 4
    advice = markdown.split("What to try next time:")[1]
    assert f"Turn 2: {unscored_message('gibberish')}" in advice
    assert markdown.count("· **overall") == 1  # only the readable turn shows numbers
    document = json.loads(render(export, "json"))
    assert [(t["score"]["scored"], t["score"].get("reason")) for t in document["turns"]] == [
        (True, None),
        (False, "gibberish"),
        (False, "language:fr"),
    ]


def test_an_unread_reply_is_never_offered_as_your_best_reply() -> None:
    with SessionStore.open() as store:
        _play(store)
        for state in {t.result.state for t in store.turns(1)}:
            best = store.best_reply("budget_pushback", state)
            assert best is None or best[0] not in UNREADABLE


def test_a_version_2_database_learns_scored_from_its_payloads() -> None:
    with SessionStore.open() as store:
        _play(store)
    path = database_path()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE turns DROP COLUMN unscored_reason")
    conn.execute("ALTER TABLE turns DROP COLUMN scored")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with SessionStore.open() as store:
        assert user_version(store._conn) == SCHEMA_VERSION == 4
        assert [t.result.score.scored for t in store.turns(1)] == [True, False, False]
    assert _columns(path) == EXPECTED
