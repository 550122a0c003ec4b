"""The question asked before the ``finish`` key (F5) ends a conversation that is still going:
ending it here is for good (the session is abandoned and cannot be resumed), so the key says
"End" and asks first. The same key again, ``y`` or the "End it" button ends it; Esc, ``n`` or
Enter on "Keep talking" (which has the focus) goes back to the reply box."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..literal import literal

QUESTION = (
    "End the conversation with {name} here? It ends unfinished (abandoned): it cannot be "
    "resumed, and the debrief opens."
)


class ConfirmEndScreen(ModalScreen[bool]):
    """Answers True (end it: the finish keys, y) or False (keep talking: n, Esc)."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "Keep talking"),
        Binding("y", "answer(True)", "End it"),
    ]
    DEFAULT_CSS = """
    ConfirmEndScreen { align: center middle; }
    ConfirmEndScreen #end-dialog { width: 64; max-width: 100%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface; }
    ConfirmEndScreen #end-buttons { height: auto; margin-top: 1; }
    ConfirmEndScreen Button { margin-right: 2; }
    """

    def __init__(self, name: str, end_keys: str, end_label: str) -> None:
        """``end_keys``: the finish action's keys in force (Textual names, comma separated),
        ``end_label``: the first of them as shown (``F5``)."""
        super().__init__()
        self.name_ = name
        self.end_keys = frozenset(k.strip() for k in end_keys.split(",") if k.strip())
        self.end_label = end_label

    def compose(self) -> ComposeResult:
        with Vertical(id="end-dialog"):
            yield Static(literal(QUESTION.format(name=self.name_)))
            with Horizontal(id="end-buttons"):
                yield Button("Keep talking (n)", id="keep", variant="primary")
                yield Button(f"End it ({self.end_label} or y)", id="end", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_key(self, event: events.Key) -> None:
        if event.key in self.end_keys:  # the key that asked, pressed again
            event.stop()
            self.dismiss(True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "end")

    def action_answer(self, end: bool) -> None:
        self.dismiss(end)
