"""The question asked before a reply that cannot be scored is sent (engine/unscored_send.py)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.message import Message

from roleplay.engine.unscored_send import question as unscored_question

from .confirm import ConfirmScreen, confirm_bindings


class ConfirmSendScreen(ConfirmScreen):
    """Answers True (send it anyway: y) or False (keep it in the box to edit: n, Esc, Enter on
    "Keep editing", which has the focus)."""

    BINDINGS = confirm_bindings("Keep editing", "Send anyway")
    YES_ID = "send"

    def __init__(self, reason: str | None) -> None:
        super().__init__()
        self.reason = reason

    def question(self) -> str:
        return unscored_question(self.reason)

    def keep_label(self) -> str:
        return "Keep editing (n)"

    def yes_label(self) -> str:
        return "Send anyway (y)"


def ask_before_sending(
    app: App[object],
    reason: str | None,
    confirmed: Message,
    post: Callable[[Message], object],
    keep: Callable[[], object],
) -> None:
    """Ask; on a yes ``post(confirmed)`` (the reply, marked as sent anyway), otherwise
    ``keep()`` (the reply goes back in the box to be edited)."""

    def answered(yes: bool | None) -> None:
        if yes:
            post(confirmed)
        else:
            keep()

    app.push_screen(ConfirmSendScreen(reason), answered)
