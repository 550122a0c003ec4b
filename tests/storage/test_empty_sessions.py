"""A database from before the atomic first save can hold solo sessions without a single turn
(the row was written when the scenario started); opening it removes them (schema version 4),
so history, resume and export never list or offer them. Workshop sessions without a turn stay."""

from __future__ import annotations

import json
import sqlite3

from roleplay.storage import SCHEMA_VERSION, SessionStore, database_path
from roleplay.storage.migrations import user_version

from ..cli.helpers import run_main
from .helpers import GOOD_REPLIES, play

_EMPTY_ROW = (
    "INSERT INTO sessions (uuid, scenario_id, content_hash, title, pass_score, learner, mode,"
    " seed, scorer, started_at, updated_at, final_state, turn_count, overall, workshop_id,"
    " participant) SELECT ?, scenario_id, content_hash, title, pass_score, learner, 'coach', 3,"
    " scorer, ?, ?, 'opening', 0, NULL, ?, ? FROM sessions WHERE id = 1"
)


def _database_built_the_old_way() -> None:
    """Version 3, as a roleplay before the atomic first save left it: an unfinished session
    with a turn, then a later session of the same scenario quit before any reply (solo), and a
    workshop participant who joined and has not replied yet."""
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES[:1])
    conn = sqlite3.connect(database_path())
    later = "2030-01-01T00:00:00.000Z"
    conn.execute(_EMPTY_ROW, ("u-empty", later, later, None, None))
    conn.execute(_EMPTY_ROW, ("u-joined", later, later, "friday", "Bob"))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_opening_an_old_database_removes_its_empty_solo_sessions() -> None:
    _database_built_the_old_way()
    with SessionStore.open() as store:
        assert user_version(store._conn) == SCHEMA_VERSION == 4
        kept = {(r.id, r.workshop_id) for r in store.sessions()}
        assert kept == {(1, None), (3, "friday")}  # the joined participant stays
        assert store.turns(1) and store.session(1).turn_count == 1
        unfinished = store.latest_unfinished()
        assert unfinished is not None and unfinished.id == 1  # no longer hidden by session 2


def test_history_resume_and_export_ignore_an_old_empty_session() -> None:
    _database_built_the_old_way()
    history = run_main("history", "--json")
    assert history.returncode == 0, history.stderr
    listed = [row["id"] for row in json.loads(history.stdout)]
    assert 2 not in listed and 1 in listed
    exported = run_main("export", "2", "--format", "json")
    assert exported.returncode == 2 and "RP710 no session 2" in exported.stderr
    resumed = run_main("resume", "--plain", "--json")  # was: RP712, replaced by session 2
    assert resumed.returncode == 0, resumed.stderr
    events = [json.loads(line) for line in resumed.stdout.splitlines()]
    assert events[0]["event"] == "resume" and "RP712" not in resumed.stderr
