"""Notifications show their text literally: no markup, no raw control or bidi characters."""

from __future__ import annotations

from roleplay.tui.board.app import BoardApp
from roleplay.tui.literal import LiteralNotifyApp

from .helpers import budget, make_app, settle


async def test_notifications_are_made_visible_and_never_markup() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        # Before, "[/]" in a name or file raised a MarkupError and ESC reached the terminal.
        app.notify("bad file [/] \x1b[2J\u202eexe.txt", title="\x07[b]t")
        await settle(pilot, app)
        shown = list(app._notifications)[-1]
        assert shown.message == "bad file [/] \\x1b[2J\\u202eexe.txt"
        assert shown.title == "\\x07[b]t" and shown.markup is False


def test_every_app_notifies_literally() -> None:
    assert issubclass(BoardApp, LiteralNotifyApp)
    assert isinstance(make_app(budget()), LiteralNotifyApp)


def test_history_names_are_shown_literally_and_cut_after_escaping() -> None:
    from roleplay.tui.screens.history import _fit

    assert _fit("Budget \x1b[2J\u202e[b]x", 40).plain == "Budget \\x1b[2J\\u202e[b]x"
    assert _fit("\x1b" * 10, 6).plain == "\\x1b\\…"
