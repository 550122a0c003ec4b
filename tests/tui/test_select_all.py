"""Ctrl+A in the reply box is "start of the line", as in a shell (readline) and in Textual's
own text boxes; selecting the whole reply has keys of its own (F12, Alt+A), listed by the help
screen and the command palette. The box's built-in select-all key (F7) belongs to the side
panel, so before this the reply could not be selected from the keyboard at all."""

from __future__ import annotations

from textual import events

from roleplay.tui.keymap import Keymap
from roleplay.tui.screens.help import render_help
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import budget, conversation_ready, make_app, wait_until


async def test_ctrl_a_goes_to_the_start_of_the_line() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        await pilot.press(*"hello")
        await pilot.press("ctrl+a", "X")
        await wait_until(pilot, lambda: box.text == "Xhello", "X typed at the line start")
        assert box.selected_text == ""


async def test_f12_and_alt_a_select_the_whole_reply() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        box.insert("first line\nsecond line")
        await pilot.press("f12")
        await wait_until(pilot, lambda: box.selected_text == box.text, "all selected")
        await pilot.press("Y")
        await wait_until(pilot, lambda: box.text == "Y", "the selection replaced")
        # A terminal sends Alt+A as ESC a: a key that carries the letter "a". It selects,
        # and types nothing.
        box.insert(" and more")
        app.post_message(events.Key("alt+a", "a"))
        await wait_until(pilot, lambda: box.selected_text == "Y and more", "all selected")
        assert box.text == "Y and more"


def test_the_help_lists_select_all_and_the_line_start_key() -> None:
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(render_help(Keymap({}), ""))
    text = console.export_text()
    assert "F12 / Alt+A" in text and "Select all of your reply" in text
    assert "Ctrl+A / Ctrl+E" in text


def test_the_help_lists_the_delete_keys_and_explains_unread_replies_and_heard_lines() -> None:
    """Found by a newcomer: docs/tui.md promised Ctrl+K, Ctrl+U and Ctrl+W in the reply box but
    F1 never listed them, and help did not say what "Not scored" or "Dana heard" meant."""
    from rich.console import Console

    console = Console(width=200, record=True)
    console.print(render_help(Keymap({}), ""))
    text = " ".join(console.export_text().split())
    assert "Ctrl+K / Ctrl+U Delete to the end / the start of the line" in text
    assert "Ctrl+W Delete the word before the cursor" in text
    assert '"Not scored"' in text and "another language than English" in text
    assert '"Dana heard: you offered to phase the cut"' in text


def test_the_help_says_where_question_mark_opens_it() -> None:
    """Found by a newcomer: help listed "F1 / ?" under Everywhere, but "?" in the reply box (or
    the picker's filter) is typed as text; a key that types text is named as working outside
    those boxes, and a rebinding to F-keys only drops the note."""
    from rich.console import Console

    def shown(keymap: Keymap) -> str:
        console = Console(width=200, record=True)
        console.print(render_help(keymap, ""))
        return " ".join(console.export_text().split())

    assert (
        "F1 / ? Show the keys and how scoring works (? outside the reply box and the filter)"
        in shown(Keymap({}))
    )
    rebound = shown(Keymap({"roleplay.app.help": "f1,ctrl+h"}))
    assert "F1 / Ctrl+H Show the keys and how scoring works" in rebound
    assert "outside the reply box" not in rebound
