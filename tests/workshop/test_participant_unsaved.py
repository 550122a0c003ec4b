"""A browser participant whose replies the database never took is told on their own screen:
the RP715 line (where the replies are kept on the host and the command that saves them) stays
there until they close it; nothing goes to the host's terminal, which is the serve process's
stderr (often on the projector) and where the participant never looks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.pilot import Pilot

from roleplay.errors import StorageError
from roleplay.storage.store import SessionStore
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.unsaved import UnsavedScreen
from roleplay.tui.workshop_app import HOST_GONE, ParticipantApp

from ..tui.helpers import say, wait_until
from .test_tui_workshop import _participant_app


def _full(self: SessionStore, session_id: int, turn: object) -> int:
    raise StorageError("RP704", f"{self.path}: disk full")


async def _join_and_play(pilot: Pilot[int], app: ParticipantApp, name: str) -> None:
    """Join the open round under ``name`` and start its scenario."""
    await pilot.pause()
    await pilot.press(*name, "enter")
    await wait_until(pilot, lambda: app.participant is not None, "joined")
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, ConversationScreen), "playing")


async def test_a_participant_who_quits_with_unsaved_replies_is_told_on_their_screen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, sessions, app = _participant_app(None)
    async with app.run_test(size=(100, 32)) as pilot:
        await _join_and_play(pilot, app, "Ann")
        monkeypatch.setattr(SessionStore, "save_turn", _full)
        await say(pilot, app, "That sounds like a lot of pressure from the board by Friday.")
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, UnsavedScreen), "told")
        shown = app.screen
        assert isinstance(shown, UnsavedScreen)
        assert "RP715" in shown.said and "kept in" in shown.said
        assert app.return_code is None  # still open: they can read it
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.return_code is not None, "closed")
    assert app.return_code == 2
    assert app.unsaved_report == []  # nothing for the host's terminal
    sessions.close()
    store.conn.close()


async def test_quitting_again_while_it_is_said_still_ends_with_exit_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, sessions, app = _participant_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await _join_and_play(pilot, app, "Bo")
        monkeypatch.setattr(SessionStore, "save_turn", _full)
        await say(pilot, app, "What would a good outcome look like for you?")
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, UnsavedScreen), "told")
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: app.return_code is not None, "closed")
    assert app.return_code == 2 and app.unsaved_report == []
    sessions.close()
    store.conn.close()


async def test_a_participant_whose_host_is_gone_keeps_unsaved_replies_in_a_file(
    monkeypatch: pytest.MonkeyPatch, _isolated_home: Path
) -> None:
    """The host was killed while the database refused the participant's turns: the app ends
    (nobody can reach it again) but not before the last save and, failing that, the rescue
    file on the host, where the facilitator finds it. The conversation is not ended: cut off,
    it stays to be picked up on rejoining."""
    store, sessions, app = _participant_app(None)
    reply = "What would a good outcome look like for you?"
    async with app.run_test(size=(80, 24)) as pilot:
        await _join_and_play(pilot, app, "Cy")
        monkeypatch.setattr(SessionStore, "save_turn", _full)
        await say(pilot, app, reply)
        monkeypatch.setattr(os, "getppid", lambda: app.parent_pid + 1)
        app.check_host()
        await wait_until(pilot, lambda: not app.is_running, "ended")
    assert app.return_value == HOST_GONE
    (kept,) = _isolated_home.glob("roleplay-unsaved-budget_pushback-*.txt")
    assert kept.read_text(encoding="utf-8") == reply + "\n"
    (row,) = store.conn.execute("SELECT outcome FROM sessions").fetchall()
    assert row[0] is None  # cut off, not abandoned
    sessions.close()
    store.conn.close()
