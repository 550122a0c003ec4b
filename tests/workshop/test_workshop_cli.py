"""`roleplay workshop round ...`, `roleplay workshop debrief` and `roleplay board --json`: the
facilitator's commands, run in-process (what they print, their errors and exit codes)."""

from __future__ import annotations

import json

import pytest

from roleplay.cli import main
from roleplay.storage.workshop import WorkshopStore


def _one_line_error(capsys: pytest.CaptureFixture[str], code: str) -> None:
    err = capsys.readouterr().err
    assert code in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["workshop", "round", "status"], ["workshop", "debrief"], ["board", "--json"]],
)
def test_without_a_workshop_every_command_says_so(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    _one_line_error(capsys, "RP806")


@pytest.mark.parametrize(
    "scenarios",
    ["garbage", "[" * 100_000 + "]" * 100_000, '["budget_pushback"'],
    ids=["garbage", "nested-too-deeply", "cut"],
)
@pytest.mark.parametrize(
    "argv",
    [["workshop", "round", "status"], ["workshop", "debrief"], ["board", "--json"]],
)
def test_a_workshop_row_that_does_not_read_back_is_rp701_and_changes_nothing(
    store: WorkshopStore, scenarios: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    store.conn.execute("UPDATE workshops SET scenarios = ?", (scenarios,))
    store.conn.commit()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    assert main(argv) == 2
    _one_line_error(capsys, "RP701")
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before


def test_a_round_is_started_stopped_revealed_and_listed(
    store: WorkshopStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    assert main(["workshop", "round", "reveal"]) == 2
    _one_line_error(capsys, "RP811")
    steps = [
        ("start", "round 1 started"),
        ("status", "round 1: open"),
        ("stop", "round 1 stopped"),
        ("stop", "no round was open"),
        ("reveal", "group debrief of round 1 revealed"),
        ("status", "round 1: closed, debrief revealed"),
        ("start", "round 2 started"),
    ]
    for action, said in steps:
        assert main(["workshop", "round", action, "--workshop", "Tuesday"]) == 0
        assert capsys.readouterr().out.strip().splitlines()[-1] == said, action
    rounds = store.rounds(store.workshop("Tuesday").id)
    assert [(r.number, r.open, r.revealed) for r in rounds] == [(1, False, True), (2, True, False)]


def test_the_debrief_of_a_round_that_does_not_exist_is_rp811(
    store: WorkshopStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    assert main(["workshop", "debrief", "--round", "9"]) == 2
    _one_line_error(capsys, "RP811")


def test_the_debrief_goes_to_stdout_in_the_format_asked(
    store: WorkshopStore, capsys: pytest.CaptureFixture[str]
) -> None:
    w = store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    store.start_round(w.id)
    assert main(["workshop", "debrief", "--round", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["workshop"] == "Tuesday" and data["round_number"] == 1
    assert main(["workshop", "debrief"]) == 0
    assert "Tuesday" in capsys.readouterr().out  # Markdown by default


def test_board_json_is_one_snapshot_of_the_latest_workshop(
    store: WorkshopStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.open_workshop("Monday", ["budget_pushback"], join_code=None, max_participants=4)
    w = store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    store.join(w.id, "Ann", show_name=True)
    assert main(["board", "--json"]) == 0
    snap = json.loads(capsys.readouterr().out)
    assert snap["workshop_id"] == w.id
    assert [p["name"] for p in snap["participants"]] == ["Ann"]


def test_board_json_shows_the_open_round_and_who_has_left(
    store: WorkshopStore, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A participant whose line-mode session ended is no longer active, and the snapshot is of
    the round that is open (as the board shows it), not of every round with round_id null."""
    import io
    import sys

    w = store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    store.start_round(w.id)
    store.join(w.id, "Ann", show_name=True)  # still playing (her app is open)
    monkeypatch.setattr(sys, "stdin", io.StringIO("That is a lot of pressure from the board.\n"))
    assert (
        main(
            ["workshop", "play", "--workshop", "Tuesday", "--name", "Bob", "--seed", "3", "--json"]
        )
        == 0
    )
    second = store.start_round(w.id)
    capsys.readouterr()
    assert main(["board", "--json"]) == 0
    snap = json.loads(capsys.readouterr().out)
    assert snap["round_id"] == second.id
    people = {p["name"]: p for p in snap["participants"]}
    assert (people["Ann"]["active"], people["Ann"]["left"]) == (True, False)
    assert (people["Bob"]["active"], people["Bob"]["left"]) == (False, True)
    assert snap["sessions"] == 0 and people["Bob"]["sessions"] == 0  # none in round 2 yet
    assert main(["board", "--json", "--all-rounds"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert everything["round_id"] is None and everything["sessions"] == 1
    store.join(w.id, "Bob")  # joining again: back on the board as active
    assert main(["board", "--json"]) == 0
    bob = next(p for p in json.loads(capsys.readouterr().out)["participants"] if p["name"] == "Bob")
    assert bob["active"] and not bob["left"]
