"""Notifications show their text literally: no markup, no raw control or bidi characters."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from textual.app import App

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


def _our_apps() -> list[type[App[Any]]]:
    """Every Textual App class defined in roleplay's front ends (their modules imported first)."""
    import roleplay.serve
    import roleplay.tui

    for package in (roleplay.tui, roleplay.serve):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    found: list[type[App[Any]]] = []
    todo: list[type[App[Any]]] = [App]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("roleplay."):
                found.append(sub)
    return found


def test_every_app_notifies_literally() -> None:
    """Every app roleplay defines (the TUI, resume, hot seat, workshop participant, board)
    inherits the literal notify and none overrides it, so no app can show raw control characters
    or read a file name as markup in a notification."""
    apps = {cls.__name__: cls for cls in _our_apps() if cls is not LiteralNotifyApp}
    assert {"RoleplayApp", "ResumeAwareApp", "HotSeatApp", "ParticipantApp", "BoardApp"} <= set(
        apps
    )
    for name, cls in apps.items():
        assert issubclass(cls, LiteralNotifyApp), name
        assert cls.notify is LiteralNotifyApp.notify, f"{name} overrides notify"


def test_history_names_are_shown_literally_and_cut_after_escaping() -> None:
    from roleplay.tui.screens.history import _fit

    assert _fit("Budget \x1b[2J\u202e[b]x", 40).plain == "Budget \\x1b[2J\\u202e[b]x"
    assert _fit("\x1b" * 10, 6).plain == "\\x1b\\…"
