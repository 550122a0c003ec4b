"""The conversation screen's keys that move around the chat (PgUp/PgDn, Ctrl+Home/End, the
arrows on an empty reply box) and show all the evidence on the score cards (F8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import ChatScrollRequested
from ..widgets.chat_log import ChatLog

# A mixin, not a Screen subclass (as kept_arrangement.py explains for containers).
if TYPE_CHECKING:
    from textual.screen import Screen

    _Mixin = Screen[None]
else:
    _Mixin = object


class ChatScrolling(_Mixin):
    """Put before ``Screen`` in a screen that shows one ``ChatLog``."""

    def on_chat_scroll_requested(self, message: ChatScrollRequested) -> None:
        message.stop()
        self.query_one(ChatLog).scroll_relative(y=message.lines, animate=False)

    def action_evidence(self) -> None:
        self.query_one(ChatLog).toggle_evidence()

    def action_scroll_up(self) -> None:
        self.query_one(ChatLog).scroll_page_up(animate=False)

    def action_scroll_down(self) -> None:
        self.query_one(ChatLog).scroll_page_down(animate=False)

    def action_scroll_top(self) -> None:
        self.query_one(ChatLog).scroll_home(animate=False)

    def action_scroll_bottom(self) -> None:
        self.query_one(ChatLog).scroll_end(animate=False)
