"""The conversation's compositor writes what Textual's writes, drawing only what it can show."""

from __future__ import annotations

import copy
import re

import pytest
from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from roleplay.tui.crop_compositor import CropCompositor
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.side_panel import SidePanel

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, wait_until

# A cursor move that writes nothing before the next move, a new line or the end: Textual
# writes one for a cut of a line that starts at the right edge of the update (cropped to no
# cells); where nothing was drawn for that cut (a widget left out), it writes none.
BARE_MOVE = re.compile(r"\x1b\[\d+;\d+H(?=\x1b\[\d+;\d+H|\n|$)")


def _update(compositor: Compositor, regions: list[Region], console: object) -> str:
    """The partial update for ``regions`` as written to the terminal (bare moves left out)."""
    compositor._dirty_regions = set(regions)
    update = compositor.render_partial_update()
    assert update is not None
    return BARE_MOVE.sub("", update.render_segments(console))  # type: ignore[arg-type]


async def test_a_partial_update_writes_what_textual_writes_and_draws_only_what_it_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn: list[Widget] = []
    render_lines = Widget.render_lines

    def recording(self: Widget, crop: Region) -> list[Strip]:
        drawn.append(self)
        return render_lines(self, crop)

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        for reply in GOOD_REPLIES[:2]:
            await say(pilot, app, reply)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        ours = screen._compositor
        assert isinstance(ours, CropCompositor)
        textuals: Compositor = copy.copy(ours)  # the same map, drawn by Textual's own compositor
        textuals.__class__ = Compositor
        chat, box = screen.query_one(ChatLog), screen.query_one(ReplyInput)
        side, status = screen.query_one(SidePanel), screen.query_one("#status")
        await wait_until(pilot, lambda: chat.max_scroll_y > 0, "a chat taller than its view")
        card = chat.children[-2]
        updates = {
            "the chat": [chat.region],
            "the chat and the reply box": [chat.region, box.region],
            "a card": [card.region],
            "part of a line": [Region(card.region.x + 3, card.region.y + 1, 7, 2)],
            "the side panel": [side.region],
            "the status line and a corner": [status.region, Region(97, 1, 3, 3)],
            "the whole screen": [screen.region],
        }
        monkeypatch.setattr(Widget, "render_lines", recording)
        for name, regions in updates.items():
            drawn.clear()
            expected = _update(textuals, regions, app.console)
            by_textual = set(drawn)
            drawn.clear()
            assert _update(ours, regions, app.console) == expected, name
            assert set(drawn) <= by_textual, name
            crop = Region.from_union(regions)
            for widget in by_textual - set(drawn):  # left out: nothing of it is in the update
                region, clip = ours.visible_widgets[widget]
                part = region.intersection(clip).intersection(crop)
                covers = [ours.visible_widgets.get(child) for child in widget.children]
                covered = any(c and c[0].intersection(c[1]).contains_region(part) for c in covers)
                assert not part or covered, (name, widget)
        # The card's frame repaints the chat: the widgets beside and below it are not drawn.
        drawn.clear()
        _update(ours, [chat.region], app.console)
        assert not {box, side, status, screen, screen.query_one("#body")} & set(drawn)
        assert card in drawn  # (the screen and the body lie behind the chat)
