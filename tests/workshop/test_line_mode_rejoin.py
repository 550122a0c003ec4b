"""Line mode (`roleplay workshop play`) offers a rejoining participant their unfinished
conversation, as the browser does: it only ever started a new one, and the cut-off session
stayed "in progress" until a new one replaced it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore, open_workshop_db

from ..budget import GOOD_REPLIES, PLAY_BUDGET, new_session
from ..cli.helpers import run_cli
from ..cli.terminal_output import read_until

ROOM = ["--workshop", "Line rejoin", "--name", "Ann"]


def _cut_off() -> tuple[WorkshopStore, int]:
    """Ann answered one turn in line mode, then her process died (no stop, no ending)."""
    conn, path = open_workshop_db()
    store, sessions = WorkshopStore(conn, path), SessionStore.open(path)
    w = store.open_workshop("Line rejoin", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    ann = store.join(w.id, "Ann")  # line mode on the host: no browser owner
    recorder = WorkshopRecorder(sessions, store, ann)
    new_session(observers=[recorder]).reply(GOOD_REPLIES[0])
    assert recorder.session_id is not None
    assert store.unfinished_session(ann.id) == recorder.session_id
    sessions.close()  # the old process is gone: its claim on the session with it
    return store, recorder.session_id


def _turns(store: WorkshopStore) -> list[tuple[int, int]]:
    rows = store.conn.execute(
        "SELECT session_id, turn_no FROM turns WHERE rewound_at IS NULL ORDER BY id"
    ).fetchall()
    return [(int(a), int(b)) for a, b in rows]


def test_a_script_is_told_how_to_continue_and_starts_a_new_conversation() -> None:
    store, cut = _cut_off()
    done = run_cli("workshop", "play", *ROOM, stdin=GOOD_REPLIES[1] + "\n")
    assert done.returncode == 0, done.stderr
    assert f"note: unfinished session {cut} of 'Push back on a budget cut'" in done.stderr
    assert "add --resume to continue it" in done.stderr
    assert "(resumed after turn" not in done.stdout
    assert [s for s, _ in _turns(store)].count(cut) == 1  # a new session took the reply


def test_resume_continues_the_same_saved_session() -> None:
    store, cut = _cut_off()
    done = run_cli("workshop", "play", *ROOM, "--resume", stdin=GOOD_REPLIES[1] + "\n")
    assert done.returncode == 0, done.stderr
    assert "(resumed after turn 1)" in done.stdout and "note:" not in done.stderr
    assert _turns(store) == [(cut, 1), (cut, 2)]  # one conversation, every turn once


@pytest.mark.parametrize(("answer", "resumed"), [("y", True), ("n", False)])
def test_in_a_terminal_the_rejoining_participant_is_asked(answer: str, resumed: bool) -> None:
    store, cut = _cut_off()
    parent, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "workshop", "play", *ROOM],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "NO_COLOR": "1"},
    )
    os.close(child)
    try:
        seen = bytearray()
        read_until(parent, b"Pick up exactly where you stopped? [Y/n]", seen)
        assert f"unfinished session {cut} of".encode() in seen
        os.write(parent, answer.encode() + b"\n")
        read_until(parent, b"\n> ", seen)
        assert (b"(resumed after turn 1)" in seen) is resumed
        os.write(parent, GOOD_REPLIES[1].encode() + b"\n")
        read_until(parent, b"overall", bytearray())  # the reply was scored (and saved)
        os.write(parent, b"/quit\n")
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(parent)
    sessions = [s for s, _ in _turns(store)]
    # "y": the same conversation goes on; "n": a new one takes the reply
    assert (sessions == [cut, cut]) is resumed and len(sessions) == 2


def test_quit_in_a_workshop_says_it_ends_the_conversation() -> None:
    """probe18: workshop line mode listed '/quit (stop for now)' and printed '(stopped after turn
    1, before an ending)', as solo play does, but the workshop recorder abandons a conversation
    stopped on purpose: rejoining offered nothing to pick up."""
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Line rejoin", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    done = run_cli("workshop", "play", *ROOM, stdin=GOOD_REPLIES[0] + "\n/quit\n")
    assert done.returncode == 0, done.stderr
    assert "/quit (leave: it ends here)" in done.stdout and "stop for now" not in done.stdout
    assert "(you left after turn 1, before an ending: in a workshop that ends" in done.stdout
    sessions = SessionStore.open(path)
    (session,) = sessions.sessions()
    assert session.abandoned  # as the words say
    as_json = run_cli("workshop", "play", *ROOM, "--json", stdin=GOOD_REPLIES[0] + "\n")
    last = as_json.stdout.strip().splitlines()[-1]
    assert '"event": "stop"' in last and '"abandoned": true' in last
