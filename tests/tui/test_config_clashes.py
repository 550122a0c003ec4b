"""Rebinding keys in config.toml cannot make the reply box unusable: Quit (which works even
while you type) refuses keys that type text, and a key bound to two actions at once is named."""

from __future__ import annotations

from pathlib import Path

from roleplay.tui.config import load_config, parse_config
from roleplay.tui.keymap import ACTIONS, Keymap, clashes
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import budget, conversation_ready, make_app, wait_until


def test_the_default_keys_never_clash() -> None:
    assert clashes(Keymap({})) == []


def test_quit_on_a_letter_is_refused_with_the_default_kept() -> None:
    cfg = parse_config('[keys]\nquit = "q,ctrl+x"\n')
    assert cfg.warnings == (
        "config RP008 'quit' works even while you type, so it cannot be a key that types text "
        "(q); keeping Ctrl+Q",
    )
    quit_spec = next(a for a in ACTIONS if a.name == "quit")
    assert cfg.keymap.keys(quit_spec) == "ctrl+q"


def test_a_key_bound_to_two_actions_at_once_is_named() -> None:
    cfg = parse_config('[keys]\nhint = "f12"\nrewind = "f1"\n"debrief.again" = "f2"\n')
    assert cfg.warnings == (
        "config RP008 'f1' is bound to both 'help' and 'rewind'; pressing it does only one of them",
        "config RP008 'f12' is bound to both 'hint' and 'select_all'; pressing it does only one "
        "of them",
    )  # the debrief's F2 is in force on another screen than the conversation's: no clash


async def test_typing_a_letter_never_quits_whatever_the_config_says(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nquit = "a"\n', encoding="utf-8")
    app = make_app(budget(), config=load_config(config))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        await pilot.press(*"a hard day")
        await wait_until(pilot, lambda: box.text == "a hard day", "the reply typed")
        assert app.is_running  # (the letter a used to quit the app mid-reply)
