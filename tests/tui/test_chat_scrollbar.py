"""The chat's scroll bar reuses the rows it drew before, and draws what Textual draws."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import ChatLog
from roleplay.tui.widgets.chat_scrollbar import RowKeptScrollBar

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, wait_until


def _segments(strips: list[Strip]) -> list[list[Segment]]:
    return [list(strip) for strip in strips]


def _as_textual_draws_it(bar: ScrollBar, region: Region) -> list[Strip]:
    bar._set_dirty()  # nothing kept: Textual's own drawing of the bar as it is now
    bar._styles_cache.clear()
    return ScrollBar.render_lines(bar, region)


async def test_the_chat_scroll_bar_draws_what_textual_draws_and_reuses_its_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn: list[int] = []  # Textual's full drawings of the bar (the rows kept were not enough)
    render_lines = ScrollBar.render_lines

    def counting(self: ScrollBar, crop: Region) -> list[Strip]:
        drawn.append(crop.height)
        return render_lines(self, crop)

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        for reply in GOOD_REPLIES[:2]:
            await say(pilot, app, reply)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        chat = screen.query_one(ChatLog)
        bar = chat.vertical_scrollbar
        assert isinstance(bar, RowKeptScrollBar)
        await wait_until(pilot, lambda: chat.max_scroll_y > 4, "a chat taller than its view")
        monkeypatch.setattr(ScrollBar, "render_lines", counting)
        region = Region(0, 0, *bar.size)
        positions = range(0, int(chat.max_scroll_y) + 1)
        for hover in (False, True):
            bar.mouse_over = hover
            for y in positions:
                chat.scroll_to(y=y, animate=False, immediate=True)
                await pilot.pause()
                kept = bar.render_lines(region)
                assert _segments(kept) == _segments(_as_textual_draws_it(bar, region)), (hover, y)
                part = Region(0, 2, 1, 5)  # a part of the bar, as the compositor may ask for
                assert _segments(bar.render_lines(part)) == _segments(kept[2:7])
        # Scrolled over the same places again, the bar is drawn from the rows it kept: Textual
        # draws it only for the checks above.
        drawn.clear()
        for hover in (False, True):
            bar.mouse_over = hover
            for y in positions:
                chat.scroll_to(y=y, animate=False, immediate=True)
                await pilot.pause()
                kept = bar.render_lines(region)
                assert _segments(kept) == _segments(_as_textual_draws_it(bar, region)), (hover, y)
        assert len(drawn) == 2 * len(positions)  # the checks' drawings only
