"""The question asked before a reply that cannot be scored is sent (engine/unscored_send.py)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from roleplay.engine.unscored_send import question

from ..literal import literal


class ConfirmSendScreen(ModalScreen[bool]):
    """Answers True (send it anyway: y) or False (keep it in the box to edit: n, Esc, Enter on
    "Keep editing", which has the focus)."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "Keep editing"),
        Binding("y", "answer(True)", "Send anyway"),
    ]
    DEFAULT_CSS = """
    ConfirmSendScreen { align: center middle; }
    ConfirmSendScreen #confirm-dialog { width: 64; max-width: 100%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface; }
    ConfirmSendScreen #confirm-buttons { height: auto; margin-top: 1; }
    ConfirmSendScreen Button { margin-right: 2; }
    """

    def __init__(self, reason: str | None) -> None:
        super().__init__()
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(literal(question(self.reason)))
            with Horizontal(id="confirm-buttons"):
                yield Button("Keep editing (n)", id="keep", variant="primary")
                yield Button("Send anyway (y)", id="send")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "send")

    def action_answer(self, send: bool) -> None:
        self.dismiss(send)


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
