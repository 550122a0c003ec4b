"""The one yes/no dialog the conversation asks with (before ending it here, before sending a
reply that cannot be scored): a question, "keep" (focused; n, Esc or Enter on it) and "yes"
(y), answered True for yes. A subclass gives the words, the yes button's id and variant, and
its own footer names for the two answers (``confirm_bindings``)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant

from ..literal import literal


def confirm_bindings(keep: str, yes: str) -> list[BindingType]:
    """n or Esc keeps, y says yes; ``keep``/``yes``: how the footer names them."""
    return [Binding("escape,n", "answer(False)", keep), Binding("y", "answer(True)", yes)]


class ConfirmScreen(ModalScreen[bool]):
    """Answers True (the yes button, y) or False (the keep button, n, Esc)."""

    YES_ID: ClassVar[str] = "yes"
    YES_VARIANT: ClassVar[ButtonVariant] = "default"
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen #confirm-dialog { width: 64; max-width: 100%; height: auto; padding: 1 2;
        border: thick $warning; background: $surface; }
    ConfirmScreen #confirm-buttons { height: auto; margin-top: 1; }
    ConfirmScreen Button { margin-right: 2; }
    """

    def question(self) -> str:
        raise NotImplementedError

    def keep_label(self) -> str:
        raise NotImplementedError

    def yes_label(self) -> str:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(literal(self.question()))
            with Horizontal(id="confirm-buttons"):
                yield Button(self.keep_label(), id="keep", variant="primary")
                yield Button(self.yes_label(), id=self.YES_ID, variant=self.YES_VARIANT)

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == self.YES_ID)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
