"""The multi-line reply box: Enter sends, Shift+Enter or Ctrl+J starts a new line.

A ``TextArea`` binds keys of its own (F6 selects a line, F7 selects all, PageUp/PageDown move
the cursor a page). Keys the screen and the app use are given up by the box (``leave_keys``), so
the conversation's actions work while the learner types. While the box is empty, ↑/↓ scroll
the chat a line instead of moving a cursor that has nowhere to go.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Self

from textual import events
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import TextArea

from ..keymap import typed_key
from ..messages import ChatScrollRequested, ReplySubmitted
from ..paste import pasted_text

NEWLINE_KEYS = ("shift+enter", "ctrl+j")
PLACEHOLDER = "Type your reply. Enter sends; Shift+Enter or Ctrl+J for a new line."
EMPTY_BOX_SCROLL = {"up": -1, "down": 1}


class ReplyInput(TextArea):
    """A TextArea that posts :class:`ReplySubmitted` on Enter instead of inserting a newline."""

    def __init__(
        self,
        *,
        id: str | None = None,
        leave_keys: Iterable[str] = (),  # noqa: A002 - Textual's
    ) -> None:
        super().__init__(
            id=id,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=PLACEHOLDER,
            compact=True,
        )
        self._left_keys: set[str] = set()
        self.leave_keys(leave_keys)

    def leave_keys(self, keys: Iterable[str]) -> None:
        """Drop the box's own bindings for ``keys`` so they reach the screen and the app.

        Keys that type text (letters, ``?``) are always typed, whatever they are bound to.
        """
        table = self._bindings.key_to_bindings
        for key in keys:
            if not typed_key(key):
                table.pop(key, None)
                self._left_keys.add(key)

    async def _on_key(self, event: events.Key) -> None:
        if event.key in self._left_keys:  # Alt+A carries an "a", but is bound: not typed
            event.prevent_default()  # (not stopped: it goes on to the screen's binding)
            return
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
        if event.key in EMPTY_BOX_SCROLL and not self.text:
            event.stop()
            event.prevent_default()
            self.post_message(ChatScrollRequested(EMPTY_BOX_SCROLL[event.key]))
            return
        await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        """A paste is text: its escape sequences and control characters are removed (line
        breaks and tabs kept) before TextArea's own handler, which Textual calls next, puts it
        in, however the paste came (:mod:`roleplay.tui.paste`)."""
        event.text = pasted_text(event.text)

    # -- drawing ------------------------------------------------------------------------------
    _style_updates = 0  # how many times Textual has told the box its styles changed
    _themed: tuple[object, int] | None = None  # (theme, style updates) when last applied

    def notify_style_update(self) -> None:
        self._style_updates += 1
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Textual's TextArea applies its theme's CSS fallbacks on every draw, which walks the
        box's ancestors for seven styles (the emptied box after each reply: about 4% of that
        frame). They change only with the theme (a new theme object) or the box's styles
        (focus, disabled, a new app theme: Textual calls ``notify_style_update``), so they are
        applied again only then. ``tests/tui/test_reply_input_theme.py`` compares the lines
        with Textual's own drawing (pinned version)."""
        theme = self._theme
        themed = self._themed
        if themed is None or themed[0] is not theme or themed[1] != self._style_updates:
            theme.apply_css(self)
            self._themed = (theme, self._style_updates)
        return ScrollView.render_lines(self, crop)

    def take(self) -> str:
        """The text in the box, clearing it."""
        text = self.text
        self.clear()
        return text

    # -- a sent reply's box is drawn empty one frame after its card ------------------------------
    _held: bool | None = None  # None: drawn as Textual draws it; else whether a repaint waits

    def hold_paint(self) -> None:
        """Until :meth:`release_paint`, keep the box as it is drawn on screen: a repaint it
        asks for (its text emptied on Enter, the cursor) waits. The frame that shows a reply's
        card then draws the chat alone; the emptied box follows in the next frame, with the
        side panel. A change of the box's size (a layout) is not held back."""
        if self._held is None:
            self._held = False

    def release_paint(self) -> None:
        """Draw the box as it is now if a repaint waited (:meth:`hold_paint`)."""
        held, self._held = self._held, None
        if held:
            self.refresh()

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if self._held is not None and not layout and not recompose:
            self._held = self._held or repaint
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
