"""A workshop served in exam mode stays in exam mode for everyone who plays in it: the host's
mode is kept with the workshop, line mode (``workshop play``) and the hot seat take it, and asking
one of them for coach mode is refused (RP817, exit 2) before anything is joined or recorded."""

from __future__ import annotations

import io
import json
import subprocess

import pytest

from roleplay.cli import main
from roleplay.storage.workshop import WorkshopStore, board_snapshot, open_workshop_db

from ..budget import PLAY_BUDGET
from .serving import roleplay_cmd, start_serve, stop

REPLY = "That sounds like a lot of pressure from the board by Friday.\n"


def _open(name: str, mode: str) -> str:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop(name, [PLAY_BUDGET], join_code=None, max_participants=5, mode=mode)
    store.start_round(w.id)
    assert store.workshop(name).mode == mode
    conn.close()
    return w.id


def _play(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(REPLY))
    return main(argv)


def _nobody_joined(wid: str) -> None:
    conn, _path = open_workshop_db()
    assert not board_snapshot(conn, wid).participants
    conn.close()


def test_line_mode_cannot_ask_coach_mode_of_an_exam_workshop(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wid = _open("Exam day", "exam")
    argv = ["workshop", "play", "--workshop", "Exam day", "--name", "Ann", "--json"]
    assert _play([*argv, "--mode", "coach"], monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: RP817 ") and "exam" in err and len(err.splitlines()) == 1
    _nobody_joined(wid)
    assert _play(argv, monkeypatch) == 0  # no --mode: the workshop's
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events[0]["mode"] == "exam"


def test_a_coach_workshop_takes_either_mode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _open("Practice day", "coach")
    argv = ["workshop", "play", "--workshop", "Practice day", "--json"]
    assert _play([*argv, "--name", "Ann", "--mode", "exam"], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["mode"] == "exam"
    assert _play([*argv, "--name", "Bob"], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["mode"] == "coach"


def test_a_hot_seat_in_an_exam_workshop_cannot_ask_coach_mode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wid = _open("Exam seat", "exam")
    argv = ["workshop", "hotseat", PLAY_BUDGET, "--names", "Ann,Bob", "--workshop", "Exam seat"]
    assert _play([*argv, "--plain", "--mode", "coach"], monkeypatch) == 2
    assert capsys.readouterr().err.startswith("error: RP817 ")
    _nobody_joined(wid)


def test_serve_keeps_its_mode_with_the_workshop() -> None:
    proc, _port = start_serve(
        "--workshop", "Served exam", "--scenario", "budget_pushback", "--mode", "exam"
    )
    try:
        done = subprocess.run(
            roleplay_cmd(
                "workshop", "play", "--workshop", "Served exam", "--name", "Cy", "--mode", "coach"
            ),
            input=REPLY,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        stop(proc)
    assert done.returncode == 2 and "RP817" in done.stderr, done.stderr


def test_a_workshop_of_an_older_database_gets_the_mode_column_and_reads_as_coach() -> None:
    wid = _open("Old day", "exam")
    conn, _path = open_workshop_db()
    conn.execute("ALTER TABLE workshops DROP COLUMN mode")  # as a database before the column
    conn.close()
    conn, path = open_workshop_db()
    assert WorkshopStore(conn, path).workshop(wid).mode == "coach"
    conn.close()


def test_a_hot_seat_in_exam_mode_does_not_hold_the_next_hot_seat_to_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The day's hot-seat workshop is shared by every hot seat of the day: one group's exam
    mode is theirs, not a rule for the next group (only a host's `serve --mode` is)."""
    argv = ["workshop", "hotseat", PLAY_BUDGET, "--names", "Ann,Bob", "--plain"]
    assert _play([*argv, "--mode", "exam"], monkeypatch) == 0
    assert _play([*argv, "--mode", "coach"], monkeypatch) == 0
    assert "listening" in capsys.readouterr().out  # the second one's scores are shown
