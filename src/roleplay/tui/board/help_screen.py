"""The board's help (F1 or ?): its keys, read from the board's own bindings, and what the
columns and the heat map mean. The footer has no room for it at 80 columns, so it is the one
place where every key is listed."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import key_label

COLUMNS_HELP = (
    ("Participant", 'who joined; dim and "(left)" once their app is closed'),
    ("Scenario", "the scenario they play"),
    ("Where they are", "the start of what the counterpart said last; how it ended, if it did"),
    ("Turns", "replies they answered in this conversation"),
    ("L  E  C", "listening, empathy and collaboration of their replies (0-100)"),
    ("Overall", "their overall score; green from 60, red under 40"),
    (
        "Heat map",
        "the moments where the room struggled, worst first: replies, their mean overall, the "
        'share "across the table", and the struggle bar (low scores and replies across)',
    ),
)


def render_board_help(bindings: list[Binding]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_row(Text("Keys on the board", style="bold underline"), "")
    for binding in bindings:
        keys = " / ".join(key_label(k) for k in binding.key.split(","))
        table.add_row(keys, binding.description)
    table.add_row("F1 / ?", "This help")
    table.add_row("Ctrl+P", "Command palette: every action by name")
    table.add_row("", "")
    table.add_row(Text("What the board shows", style="bold underline"), "")
    for name, text in COLUMNS_HELP:
        table.add_row(name, text)
    return table


class BoardHelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close")]
    DEFAULT_CSS = """
    BoardHelpScreen { align: center middle; }
    BoardHelpScreen #board-help { width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: round $accent; background: $panel; padding: 0 1; }
    """

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.keys_shown = bindings

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="board-help") as box:
            box.border_title = "Board help · Esc closes"
            yield Static(render_board_help(self.keys_shown))

    def action_close(self) -> None:
        self.dismiss()
