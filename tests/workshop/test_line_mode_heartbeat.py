"""Line mode and the hot seat keep their participants active on the board between replies.

Before, only the browser's and the terminal app's participant marked itself seen (every 20 s
on the app's timer); line mode sat in a blocking read, so the board counted a line-mode
participant who thought for more than 90 seconds as gone, with the terminal still open
(three people in a workshop, the board said "3 joined, 2 active")."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from roleplay.cli import main
from roleplay.storage.workshop import WorkshopStore
from roleplay.storage.workshop import heartbeat as heartbeat_module
from roleplay.storage.workshop.board import current_board
from roleplay.storage.workshop.heartbeat import keep_active

from ..budget import GOOD_REPLIES
from .rooms import open_room


def _room() -> tuple[WorkshopStore, str]:
    return open_room("Quiet thinkers")


def _long_ago(store: WorkshopStore) -> None:
    """Every participant last seen two minutes ago: past the board's 90-second window."""
    store.conn.execute("UPDATE workshop_participants SET last_seen = ?", (time.time() - 120,))
    store.conn.commit()


def _active(store: WorkshopStore, workshop_id: str) -> dict[str, bool]:
    _, snapshot = current_board(store, workshop_id)
    return {p.name: p.active for p in snapshot.participants}


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30  # a bound for a hung test, not a speed check
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.01)


def _beats() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "workshop-heartbeat"]


def test_keep_active_marks_the_participants_seen_until_the_block_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(heartbeat_module, "HEARTBEAT_S", 0.01)
    store, wid = _room()
    ann, bo = store.join(wid, "Ann"), store.join(wid, "Bo")
    _long_ago(store)
    assert _active(store, wid) == {"Ann": False, "Bo": False}
    with keep_active(store.path, [ann.id, bo.id]):
        _until(lambda: _active(store, wid) == {"Ann": True, "Bo": True}, "both seen again")
    assert _beats() == []  # stopped and joined: nothing marks them seen after leaving
    _long_ago(store)
    assert _active(store, wid) == {"Ann": False, "Bo": False}


def test_a_line_mode_participant_is_active_while_waiting_for_a_reply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`roleplay workshop play` beats while it reads replies; leaving marks them gone."""
    monkeypatch.setattr(heartbeat_module, "HEARTBEAT_S", 0.01)
    store, wid = _room()
    seen: list[bool] = []

    def thinking(*_args: Any, **_kwargs: Any) -> None:  # a participant who takes their time
        _long_ago(store)
        _until(lambda: _active(store, wid).get("Cy", False), "Cy shown active while thinking")
        seen.append(True)

    monkeypatch.setattr("roleplay.cli.workshop_play._play_lines", thinking)
    assert main(["workshop", "play", "--workshop", "Quiet thinkers", "--name", "Cy"]) == 0
    assert seen == [True]
    _, snapshot = current_board(store, wid)
    (cy,) = snapshot.participants
    assert cy.left and not cy.active  # ended line mode: shown "(left)" at once


def test_a_line_mode_reply_still_plays_and_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heartbeat_module, "HEARTBEAT_S", 0.01)
    store, wid = _room()
    monkeypatch.setattr("sys.stdin", _Lines(GOOD_REPLIES[0] + "\n"))
    assert main(["workshop", "play", "--workshop", "Quiet thinkers", "--name", "Di"]) == 0
    replies = store.conn.execute("SELECT reply FROM turns").fetchall()
    assert [r[0] for r in replies] == [GOOD_REPLIES[0]]
    assert _beats() == []


class _Lines:
    """A piped standard input holding ``text``."""

    def __init__(self, text: str) -> None:
        import io

        self._io = io.StringIO(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._io, name)

    def isatty(self) -> bool:
        return False
