"""A hot seat cut off mid-conversation (the laptop slept, the terminal was closed, the process
was killed) is picked up again by starting the same hot seat: asked at a terminal, at once with
``--resume``; it continues the same saved session, so the speakers go on in turn and the board
and the exports see one conversation. A script without ``--resume`` is told how and starts a
new one, as a rejoining line-mode participant is."""

from __future__ import annotations

import io
import json

import pytest

from roleplay.cli import main
from roleplay.engine import Session
from roleplay.scoring import default_scorer
from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import (
    WorkshopRecorder,
    WorkshopStore,
    group_rows,
    open_workshop_db,
)

from ..budget import PLAY_BUDGET, budget

FIRST = "That sounds like a lot of pressure from the board by Friday."
MORE = ["What would a good outcome look like for you?", "Could we phase it over two quarters?"]
HOTSEAT = ["workshop", "hotseat", PLAY_BUDGET, "--names", "Ann,Bob", "--workshop", "Cut off"]


def _cut_off() -> int:
    """Ann answers turn 1 and the process dies: the session is unfinished, nothing stopped it."""
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Cut off", ["budget_pushback"], join_code=None, max_participants=2)
    store.start_round(w.id)
    people = [store.join(w.id, n) for n in ("Ann", "Bob")]
    sessions = SessionStore.open(path)
    recorder = WorkshopRecorder(sessions, store, people[0], speakers=people)
    session = Session.start(budget(), default_scorer(), 4, observers=[recorder])
    session.reply(FIRST)
    assert recorder.session_id is not None
    sessions.close()
    conn.close()
    return recorder.session_id


def _play(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(MORE) + "\n"))
    return main(argv)


def test_a_hot_seat_cut_off_is_continued_with_resume(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _cut_off()
    assert _play([*HOTSEAT, "--plain", "--resume"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "(resumed after turn 1)" in out
    conn, _path = open_workshop_db()
    (played,) = group_rows(conn, WorkshopStore(conn, _path).workshop("Cut off").id)
    conn.close()
    assert played.session_id == first  # the same conversation, not a second one
    assert [t.speaker for t in played.turns] == ["Ann", "Bob", "Ann"][: len(played.turns)]
    assert len(played.turns) >= 2
    capsys.readouterr()
    assert main(["export", str(first), "--format", "json"]) == 0
    turns = json.loads(capsys.readouterr().out)["turns"]
    assert [t["reply"] for t in turns][:2] == [FIRST, MORE[0]]


def test_a_script_without_resume_is_told_how_and_starts_a_new_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _cut_off()
    assert _play([*HOTSEAT, "--plain"], monkeypatch) == 0
    err = capsys.readouterr().err
    assert "add --resume to continue it" in err
    conn, path = open_workshop_db()
    rows = group_rows(conn, WorkshopStore(conn, path).workshop("Cut off").id)
    conn.close()
    assert len(rows) == 2 and first in {r.session_id for r in rows}


def test_solo_resume_says_where_a_cut_off_workshop_conversation_is_picked_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`history` lists it as unfinished; `resume` said only 'no unfinished session to resume'."""
    first = _cut_off()
    assert main(["resume"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: RP712 ") and len(err.splitlines()) == 1
    assert f"session {first} belongs to a workshop ('cut-off')" in err
    assert "workshop hotseat" in err and "--resume" in err
