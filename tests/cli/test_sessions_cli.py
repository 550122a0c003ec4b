"""history, stats, resume and the resume offer of `play`, through the command line."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.cli.autosave import Terminal, play_plain
from roleplay.cli.common import compiled
from roleplay.storage import SessionStore, database_path

from ..budget import BUDGET, GOOD_REPLIES, PLAY_BUDGET
from .helpers import run_main

ONE = "It sounds like the board is under pressure about the 30% by Friday.\n"


def test_history_and_stats_when_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert "No sessions yet" in capsys.readouterr().out
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["stats"]) == 0
    assert "No sessions yet" in capsys.readouterr().out


def test_history_lists_played_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run_main(
            "play", PLAY_BUDGET, "--plain", "--json", stdin="\n".join(GOOD_REPLIES * 2)
        ).returncode
        == 0
    )
    assert run_main("play", PLAY_BUDGET, "--plain", stdin=ONE).returncode == 0
    assert main(["history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [2, 1]
    assert rows[1]["outcome"] in ("success", "neutral", "failure")
    assert rows[0]["outcome"] is None and rows[0]["turns"] == 1  # stopped: unfinished
    assert set(rows[0]["scores"]) == {"listening", "empathy", "collaboration", "overall"}
    assert main(["history"]) == 0
    text = capsys.readouterr().out
    assert "budget_pushback" in text and "unfinished" in text
    assert main(["stats"]) == 0
    stats = capsys.readouterr().out
    assert "budget_pushback" in stats and "collaboration" in stats


def test_history_filtered_to_an_unplayed_scenario_says_which(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_main("play", PLAY_BUDGET, "--plain", stdin=ONE).returncode == 0
    assert main(["history", "--scenario", "upset_customer"]) == 0
    assert capsys.readouterr().out.strip() == (
        "No sessions of 'upset_customer' yet. `roleplay play upset_customer` starts one."
    )
    assert main(["history", "--scenario", "no_such_scenario"]) == 0
    assert capsys.readouterr().out.strip() == (
        "No sessions of 'no_such_scenario' yet. `roleplay list` shows the scenarios."
    )


@pytest.mark.parametrize("limit", ["0", "-3", "two"])
def test_history_limit_below_one_is_a_usage_error(limit: str) -> None:
    done = run_main("history", "--limit", limit)
    assert done.returncode == 2 and done.stdout == ""
    assert "argument --limit" in done.stderr


def test_plain_text_play_says_how_to_resume() -> None:
    res = run_main("play", PLAY_BUDGET, "--plain", stdin=ONE)
    assert "`roleplay resume 1`" in res.stdout


def test_play_notes_an_unfinished_session_when_scripted() -> None:
    run_main("play", PLAY_BUDGET, "--plain", stdin=ONE)
    res = run_main("play", PLAY_BUDGET, "--plain", "--json", stdin="")
    assert "unfinished session 1" in res.stderr and "roleplay resume 1" in res.stderr
    assert json.loads(res.stdout.splitlines()[0])["event"] == "start"  # a new session


def test_roleplay_without_a_terminal_says_how_to_resume() -> None:
    bare = run_main(stdin="")
    assert bare.returncode == 2 and bare.stdout == ""
    assert bare.stderr.splitlines() == [
        "error: RP007 the scenario picker needs a terminal "
        "(try `roleplay list` or `roleplay play ID --plain`)"
    ]  # one coded line; nothing saved yet, so no note
    run_main("play", PLAY_BUDGET, "--plain", stdin=ONE)
    res = run_main(stdin="")
    assert res.returncode == 2 and "Traceback" not in res.stderr and res.stdout == ""
    lines = res.stderr.splitlines()
    assert lines[0].startswith("error: RP007 the scenario picker needs a terminal")
    assert lines[1].startswith("note: unfinished session 1 of 'Push back on a budget cut'")
    assert lines[1].endswith("`roleplay resume 1 --plain` continues it")


def test_play_offers_to_resume_interactively(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main("play", PLAY_BUDGET, "--plain", stdin=ONE)
    monkeypatch.setattr(sys, "stdin", io.StringIO("What would a good outcome be for you?\n"))
    answers = io.StringIO("y\n")
    term = Terminal(answers, io.StringIO(), interactive=True)
    play_plain(compiled(PLAY_BUDGET), 1, json_mode=True, mode="coach", terminal=term)
    events = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert events[0]["event"] == "resume" and events[0]["turn"] == 1
    with SessionStore.open() as store:
        assert len(store.sessions()) == 1
        assert store.session(1).turn_count == 2


def test_resume_with_nothing_to_resume(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resume", "--plain"]) == 2
    assert "RP712" in capsys.readouterr().err


def test_resume_a_finished_session_is_refused() -> None:
    run_main("play", PLAY_BUDGET, "--plain", "--json", stdin="no\n" * 10)
    res = run_main("resume", "1", "--json")
    assert res.returncode == 2 and "RP707" in res.stderr


def test_resume_when_the_scenario_changed(tmp_path: Path) -> None:
    copy = tmp_path / "budget_copy.yaml"
    shutil.copy(BUDGET, copy)
    run_main("play", str(copy), "--plain", stdin=ONE)
    copy.write_text(copy.read_text().replace("Push back on a budget cut", "Changed"))

    refused = run_main("resume", "--json")
    assert refused.returncode == 2
    assert "RP706" in refused.stderr and "--saved" in refused.stderr

    saved = run_main("resume", "--json", "--saved")
    assert saved.returncode == 0, saved.stderr
    first = json.loads(saved.stdout.splitlines()[0])
    assert first["event"] == "resume" and first["title"] == "Push back on a budget cut"
    assert "has changed" in saved.stderr

    restarted = run_main("resume", "1", "--json", "--restart")
    first = json.loads(restarted.stdout.splitlines()[0])
    assert first["event"] == "start" and first["title"] == "Changed"


def test_restart_on_a_removed_scenario_file_is_rp706_not_a_crash(tmp_path: Path) -> None:
    copy = tmp_path / "budget_gone.yaml"
    shutil.copy(BUDGET, copy)
    run_main("play", str(copy), "--plain", stdin=ONE)
    copy.unlink()
    res = run_main("resume", "1", "--json", "--restart")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "RP706" in res.stderr and "cannot restart" in res.stderr
    assert "was removed" in res.stderr
    with SessionStore.open() as store:
        assert store.session(1).turn_count == 1 and len(store.sessions()) == 1


def test_restart_on_a_broken_scenario_file_gives_the_files_coded_line(tmp_path: Path) -> None:
    copy = tmp_path / "budget_broken.yaml"
    shutil.copy(BUDGET, copy)
    run_main("play", str(copy), "--plain", stdin=ONE)
    lines = copy.read_text().splitlines()
    copy.write_text("\n".join(lines) + "\nstates: [\n")  # unclosed flow sequence at the end
    res = run_main("resume", "1", "--plain", "--restart")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    error = res.stderr.strip().splitlines()[-1]
    assert error.startswith(f"{copy}:{len(lines) + 2}:1 RP101 "), error
    assert "RP706" not in res.stderr and "no longer loads" in res.stderr
    res = run_main("resume", "1", "--plain")  # a script that does not choose: RP706, still
    assert res.returncode == 2 and "RP706" in res.stderr and "no longer loads" in res.stderr
    with SessionStore.open() as store:  # nothing lost: the session is still there to resume
        assert store.session(1).turn_count == 1 and store.session(1).outcome is None
        assert len(store.sessions()) == 1
    saved = run_main("resume", "1", "--plain", "--saved")
    assert saved.returncode == 0 and "(resumed after turn 1)" in saved.stdout


def test_corrupt_database_is_a_one_line_error_and_untouched() -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    junk = b"definitely not sqlite\n" * 100
    path.write_bytes(junk)
    for args in (["history"], ["play", PLAY_BUDGET, "--plain"], ["resume"]):
        res = run_main(*args, stdin=ONE)
        assert res.returncode == 2
        assert "RP701" in res.stderr and str(path) in res.stderr
        assert "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == junk


def test_invalid_utf8_on_stdin_is_saved_as_replacement_characters() -> None:
    raw = b"I hear the pressure \xff\xfe on you \x1b[31m<script>x</script>\n"
    res = subprocess.run(
        [sys.executable, "-m", "roleplay", "play", PLAY_BUDGET, "--plain", "--json"],
        input=raw,
        capture_output=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    with SessionStore.open() as store:
        (turn,) = store.live_turns(store.sessions()[0].id)
    assert turn.reply == "I hear the pressure \ufffd\ufffd on you \x1b[31m<script>x</script>"


@pytest.mark.parametrize("stdin", ["", "/quit\n", "/end\n", "\n\n/hint\n"])
def test_play_with_no_reply_saves_nothing_and_says_so(stdin: str) -> None:
    res = run_main("play", PLAY_BUDGET, "--plain", stdin=stdin)
    assert res.returncode == 0, res.stderr
    how = "ended" if stdin == "/end\n" else "stopped"
    assert f"Nothing was saved: the session {how} before your first reply." in res.stdout
    with SessionStore.open() as store:
        assert store.sessions() == []  # nothing for history, stats or resume to show
    res = run_main("resume", "--plain")
    assert res.returncode == 2 and "RP712 no unfinished session to resume" in res.stderr
    assert "roleplay play ID" in res.stderr
