"""The multi-line reply box: Enter sends, Shift+Enter or Ctrl+J starts a new line."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from ..messages import ReplySubmitted

NEWLINE_KEYS = ("shift+enter", "ctrl+j")
PLACEHOLDER = "Type your reply. Enter sends; Shift+Enter or Ctrl+J for a new line."


class ReplyInput(TextArea):
    """A TextArea that posts :class:`ReplySubmitted` on Enter instead of inserting a newline."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(
            id=id,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=PLACEHOLDER,
            compact=True,
        )

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            text = self.text
            if text.strip():
                self.post_message(ReplySubmitted(text))
            return
        if event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            if not self.read_only:
                self.insert("\n")
            return
        await super()._on_key(event)

    def take(self) -> str:
        """The text in the box, clearing it."""
        text = self.text
        self.clear()
        return text
