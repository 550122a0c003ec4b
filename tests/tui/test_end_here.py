"""F5 ends the conversation for good (abandoned: it cannot be resumed), so the key says "End",
asks first, and says "Debrief" once the conversation is over (probe18: it was labelled
"Debrief" and ended the conversation without a word)."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import Footer

from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import load_config
from roleplay.tui.screens.confirm_end import ConfirmEndScreen
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.help import render_help
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import (
    BAD_REPLIES,
    GOOD_REPLIES,
    budget,
    conversation_ready,
    make_app,
    say,
    say_until_ended,
    wait_until,
)


def _footer_keys(app: RoleplayApp) -> dict[str, str]:
    footer = app.screen.query_one(Footer)
    return {k.description: k.key for k in footer.query("FooterKey")}  # type: ignore[attr-defined]


async def test_f5_is_end_asks_first_and_esc_keeps_talking() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        keys = _footer_keys(app)
        assert keys.get("End") == "f5" and "Debrief" not in keys
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmEndScreen), "the question")
        asked = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "cannot be resumed" in asked and "Dana" in asked
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "back in the conversation")
        assert not screen.session.ended and screen.session.turn == 1
        await wait_until(pilot, lambda: screen.focused is screen.query_one(ReplyInput), "focus")
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmEndScreen), "asked again")
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        assert screen.session.outcome == "abandoned"


async def test_once_the_conversation_is_over_the_key_says_debrief_and_opens_it() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say_until_ended(pilot, app, BAD_REPLIES)
        assert screen.session.outcome == "failure"
        await wait_until(pilot, lambda: "Debrief" in _footer_keys(app), "the footer")
        assert "End" not in _footer_keys(app)
        await pilot.press("f3")  # taken back: it goes on, so the key ends it again
        await wait_until(pilot, lambda: "End" in _footer_keys(app), "End again")
        await say_until_ended(pilot, app, BAD_REPLIES)
        await wait_until(pilot, lambda: "Debrief" in _footer_keys(app), "Debrief again")
        await pilot.press("f5")  # no question: nothing is lost
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        assert screen.session.outcome == "failure"


async def test_a_rebound_end_key_confirms_with_itself(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nfinish = "f10"\n', encoding="utf-8")
    app = make_app(budget(), config=load_config(config))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        assert _footer_keys(app).get("End") == "f10"
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmEndScreen), "the question")
        assert "F10" in str(app.screen.query_one("#end").render())
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")


def test_the_help_says_the_key_ends_the_conversation() -> None:
    app = make_app(budget())
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(render_help(app.keymap, "", "conversation"))
    shown = " ".join(console.export_text().split())
    assert "End the conversation for good" in shown and "cannot be resumed" in shown


async def test_f5_pressed_again_on_the_debrief_does_not_play_again() -> None:
    """probe19: the debrief's "again" was bound to a and F5, so F5 pressed twice at an ending
    (End/Debrief, then again) opened the debrief and started the scenario over."""
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say_until_ended(pilot, app, BAD_REPLIES)
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        debrief = app.screen
        await pilot.press("f5")
        await pilot.pause()
        assert app.screen is debrief
        assert screen.session.outcome == "failure"


def test_a_function_key_means_one_thing_on_every_screen() -> None:
    """F-keys are the keys shown across screens: each names one action wherever it is bound
    (the debrief's F5 played again where the conversation's ended it, its F8 exported where
    the conversation's showed all evidence, its F4 left for the picker whose F4 is the mode)."""
    from roleplay.tui.keymap import ACTIONS
    from roleplay.tui.screens.history import HistoryScreen

    bound: dict[str, set[str]] = {}
    for spec in ACTIONS:
        for key in spec.keys.split(","):
            bound.setdefault(key, set()).add(spec.name)
    for binding in HistoryScreen.BINDINGS:
        assert not isinstance(binding, tuple)
        for key in binding.key.split(","):
            bound.setdefault(key, set()).add(binding.action)
    clashes = {
        k: v for k, v in bound.items() if k.startswith("f") and k[1:].isdigit() and len(v) > 1
    }
    assert clashes == {}
