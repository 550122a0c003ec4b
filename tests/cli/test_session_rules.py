"""Finished, abandoned, unfinished, resumable and "last" mean the same in every command
(docs/storage.md, "Which sessions count")."""

from __future__ import annotations

import json
import re

from roleplay.cli import main
from roleplay.storage import SessionStore

from ..budget import GOOD_REPLIES, PLAY_BUDGET, budget
from ..tui.helpers import end_here, say, settle
from .helpers import run_main
from .test_sessions_tui import app_with

ONE = GOOD_REPLIES[0] + "\n"


def _events(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_end_of_input_stops_and_stays_resumable() -> None:
    res = run_main("play", PLAY_BUDGET, "--plain", "--json", stdin=ONE)
    assert _events(res.stdout)[-1] == {"event": "stop", "turns": 1, "state": "dana_opens_up"}
    with SessionStore.open() as store:
        record = store.session(1)
        assert record.outcome is None and record.resumable
        assert store.latest_unfinished() is not None
    assert run_main("resume", "1", "--plain", "--json", stdin="").returncode == 0


def test_end_command_abandons_for_good() -> None:
    res = run_main("play", PLAY_BUDGET, "--plain", stdin=ONE + "/end\n")
    assert "== ABANDONED: overall" in res.stdout and "roleplay resume" not in res.stdout
    with SessionStore.open() as store:
        assert store.session(1).abandoned and store.latest_unfinished() is None
    refused = run_main("resume", "1", "--plain", "--json")
    assert refused.returncode == 2 and "RP707" in refused.stderr
    assert "was ended before an ending" in refused.stderr


def test_an_abandoned_sessions_export_says_when_it_was_ended() -> None:
    # the export said "Ended: not yet" beside "Outcome: abandoned (ended before an ending)"
    run_main("play", PLAY_BUDGET, "--plain", stdin=ONE + "/end\n")
    markdown = run_main("export", "1", "--format", "md").stdout
    assert re.search(
        r"\| Ended \| \d{4}-\d\d-\d\d \d\d:\d\d UTC \(ended before an ending\) \|", markdown
    )
    assert "not yet" not in markdown
    html = run_main("export", "1", "--format", "html").stdout
    assert "not yet" not in html and "(ended before an ending)" in html


def test_a_stopped_sessions_export_says_not_yet() -> None:
    run_main("play", PLAY_BUDGET, "--plain", "--json", stdin=ONE)
    assert "| Ended | not yet |" in run_main("export", "1", "--format", "md").stdout


def test_quit_after_rewinding_everything_is_no_abandoned_verdict() -> None:
    res = run_main("play", PLAY_BUDGET, "--plain", stdin=ONE + "/rewind\n/quit\n")
    assert "ABANDONED" not in res.stdout and "overall 0" not in res.stdout
    with SessionStore.open() as store:
        record = store.session(1)
        assert record.outcome is None and not record.resumable  # nothing answered
        assert store.latest_unfinished() is None
    nothing = run_main("resume", "--plain")
    assert nothing.returncode == 2 and "RP712" in nothing.stderr


def test_last_and_stats_skip_sessions_without_an_answer(capsys: object) -> None:
    run_main("play", PLAY_BUDGET, "--plain", "--json", stdin="\n".join(GOOD_REPLIES) + "\n")
    run_main("play", PLAY_BUDGET, "--plain", "--json", stdin="")  # a piped run, nothing answered
    exported = run_main("export", "last", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["session"]["id"] == 1
    stats = run_main("stats", "--json")
    (row,) = json.loads(stats.stdout)["scenarios"]
    assert row["sessions"] == 1 and row["last_overall"] is not None


async def test_f5_in_the_tui_abandons_and_is_not_offered_again() -> None:
    with SessionStore.open() as store:
        app = app_with(store, budget())
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot, app)
            await say(pilot, app, GOOD_REPLIES[0])
            await end_here(pilot, app)
        assert store.session(1).abandoned
        assert store.latest_unfinished() is None


async def test_quitting_the_tui_mid_conversation_keeps_it_resumable() -> None:
    with SessionStore.open() as store:
        app = app_with(store, budget())
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot, app)
            await say(pilot, app, GOOD_REPLIES[0])
            await pilot.press("ctrl+q")
        record = store.session(1)
        assert record.outcome is None and record.resumable
        found = store.latest_unfinished()
        assert found is not None and found.id == 1
    assert main(["history", "--json"]) == 0
