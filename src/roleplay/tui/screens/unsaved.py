"""What a workshop participant in the browser sees when they close with replies the database
never took (RP715): the coded lines, where the replies are kept on the host and the command that
saves them, until they close it. Solo play says the same on the terminal once the app is gone;
a browser participant has no terminal of their own (the host's is the workshop's)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..literal import literal

TOLD = (
    "Nothing you typed is lost: show this to the facilitator, who can save your replies on the "
    "host with the command above."
)


class UnsavedScreen(ModalScreen[None]):
    """The RP715 lines, and a Close button (Enter, Esc or q)."""

    BINDINGS = [Binding("escape,q", "close", "Close")]
    DEFAULT_CSS = """
    UnsavedScreen { align: center middle; }
    UnsavedScreen #unsaved-dialog { width: 90; max-width: 100%; height: auto; max-height: 100%;
        padding: 1 2; border: thick $error; background: $surface; overflow-y: auto; }
    UnsavedScreen #unsaved-title { text-style: bold; margin-bottom: 1; }
    UnsavedScreen #unsaved-told { margin-top: 1; }
    UnsavedScreen Button { margin-top: 1; }
    """

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.said = "\n".join(lines)

    def compose(self) -> ComposeResult:
        with Vertical(id="unsaved-dialog"):
            yield Static("Your replies could not be saved", id="unsaved-title")
            yield Static(literal(self.said), id="unsaved-lines")
            yield Static(TOLD, id="unsaved-told")
            yield Button("Close", id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
