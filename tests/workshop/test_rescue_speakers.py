"""A hot seat or a workshop conversation whose turns the database never took is played again
from its rescue file (RP715) with its speakers: the command in the hint records it in the
workshop under the same people, so the board, the group debrief and the exports say who gave
each reply, as they do for a conversation that was never broken."""

from __future__ import annotations

import io
import json
import shlex
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.errors import StorageError
from roleplay.storage.store import SessionStore

from ..budget import PLAY_BUDGET

REPLIES = [
    "That sounds like a lot of pressure from the board by Friday.",
    "What would a good outcome look like for you?",
    "Could we phase it together and protect the launch?",
]


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def _speakers(capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["export", "last", "--format", "json"]) == 0
    turns = json.loads(capsys.readouterr().out)["turns"]
    return [str(t.get("speaker")) for t in turns]


def _replayed(error: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the command of an RP715 line's hint, its input read from the rescue file."""
    command = error.split("once that is dealt with, ")[1]
    command = command.split(" plays them again")[0].split(" saves them into it")[0]
    words = shlex.split(command)
    assert words[0] == "roleplay" and words[-2] == "<"
    kept = Path(words[-1])
    return _run(words[1:-2], kept.read_text(encoding="utf-8"), monkeypatch)


def _failing_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: SessionStore, session_id: int, turn: object) -> int:
        raise StorageError("RP704", f"{self.path}: disk full")

    monkeypatch.setattr(SessionStore, "save_turn", full)


def test_a_hot_seat_played_again_from_its_rescue_file_keeps_its_speakers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["workshop", "hotseat", PLAY_BUDGET, "--names", "Ann,Bob", "--seed", "4", "--plain"]
    assert _run([*argv, "--workshop", "Calm"], "\n".join(REPLIES) + "\n", monkeypatch) == 0
    unbroken = _speakers(capsys)
    assert unbroken[:2] == ["Ann", "Bob"]

    with monkeypatch.context() as broken:
        _failing_turns(broken)
        code = _run([*argv, "--workshop", "Storm"], "\n".join(REPLIES) + "\n", broken)
    assert code == 2
    (error,) = [line for line in capsys.readouterr().err.splitlines() if "RP715" in line]
    assert "workshop hotseat" in error and "--names" in error
    assert _replayed(error, monkeypatch) == 0
    assert _speakers(capsys) == unbroken


def test_a_line_mode_participant_played_again_from_the_rescue_file_is_theirs_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Team day", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    conn.close()
    argv = ["workshop", "play", "--workshop", "Team day", "--seed", "4", "--mode", "exam"]
    with monkeypatch.context() as broken:
        _failing_turns(broken)
        code = _run([*argv, "--name", "Dora"], "\n".join(REPLIES) + "\n", broken)
    assert code == 2
    (error,) = [line for line in capsys.readouterr().err.splitlines() if "RP715" in line]
    assert "workshop play" in error and "--name Dora" in error and "--mode exam" in error
    assert _replayed(error, monkeypatch) == 0
    capsys.readouterr()
    assert main(["export", "last", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["session"]["learner"] == "Dora"
    assert exported["session"]["workshop_id"] == "team-day"
    assert [t["reply"] for t in exported["turns"]] == REPLIES[: len(exported["turns"])]
    assert exported["session"]["mode"] == "exam"


def test_a_participant_whose_first_turn_was_saved_continues_it_from_the_rescue_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the turns after the first failed: the rescue file holds those, and its command
    picks the saved conversation up (--resume) instead of leaving it unfinished beside a new
    one (the board and the group debrief would count Dora twice)."""
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Team day", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    conn.close()
    saved = SessionStore.save_turn
    calls = []

    def first_only(self: SessionStore, session_id: int, turn: object) -> int:
        calls.append(turn)
        if len(calls) > 1:
            raise StorageError("RP704", f"{self.path}: disk full")
        return saved(self, session_id, turn)  # type: ignore[arg-type]

    argv = ["workshop", "play", "--workshop", "Team day", "--seed", "4", "--name", "Dora"]
    with monkeypatch.context() as broken:
        broken.setattr(SessionStore, "save_turn", first_only)
        assert _run(argv, "\n".join(REPLIES) + "\n", broken) == 2
    (error,) = [line for line in capsys.readouterr().err.splitlines() if "RP715" in line]
    assert "--resume" in error and "the rest (2 replies) is kept in" in error
    assert _replayed(error, monkeypatch) == 0
    capsys.readouterr()
    with SessionStore.open() as sessions:
        (only,) = sessions.sessions()  # Dora's one conversation, continued
        assert [t.result.reply for t in sessions.turns(only.id)] == REPLIES


def test_a_browser_participants_rescue_file_is_played_under_their_name_once_they_have_left(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found as a workshop group: a browser participant's RP715 line gave a line-mode command
    that was always refused (RP832: a browser holds the name), so their replies could never
    be saved. The command now says --rescue, which line mode on the host may use for a name a
    browser holds once that browser has left; while it is still in, RP832 says so and why."""
    from roleplay.engine import Session, compile_scenario
    from roleplay.scenario import load_file
    from roleplay.scoring.fixed import FixedScorer
    from roleplay.storage.rescue import rescue
    from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Team day", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    dora = store.join(w.id, "Dora", owner="f" * 64)  # her browser's token, digested
    assert dora.browser
    with SessionStore.open(path) as sessions, monkeypatch.context() as broken:
        _failing_turns(broken)
        session = Session.start(
            compile_scenario(load_file(Path(PLAY_BUDGET))),
            FixedScorer(),
            4,
            observers=[WorkshopRecorder(sessions, store, dora)],
        )
        for reply in REPLIES:
            session.reply(reply)
        session.stop()
        problem = session.save_problem
        assert problem is not None
        error = rescue(session, problem).format()
    assert "workshop play" in error and "--name Dora" in error and "--rescue" in error
    assert _replayed(error, monkeypatch) == 2  # her browser is still in the workshop
    refused = capsys.readouterr().err
    assert "RP832" in refused and "held by a browser that is still in this workshop" in refused
    store.leave(dora.id)  # she closed her tab
    assert _replayed(error, monkeypatch) == 0
    capsys.readouterr()
    assert main(["export", "last", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["session"]["learner"] == "Dora"
    assert [t["reply"] for t in exported["turns"]] == REPLIES[: len(exported["turns"])]
    assert exported["turns"]
    (row,) = conn.execute(
        "SELECT owner FROM workshop_participants WHERE name_key = 'dora'"
    ).fetchall()
    assert row[0] == "f" * 64  # still hers: she continues it when she rejoins
    conn.close()
