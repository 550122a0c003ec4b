"""The chat's layout places only new lines, and places every line where Textual's full
vertical arrangement would (chat_layout.py)."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.text import Text
from textual.layout import WidgetPlacement
from textual.layouts.vertical import VerticalLayout
from textual.pilot import Pilot
from textual.widget import Widget

from roleplay.tui.app import RoleplayApp
from roleplay.tui.widgets.chat_layout import ChatLayout
from roleplay.tui.widgets.chat_log import Bubble, ChatLog

from .helpers import (
    BAD_REPLIES,
    GOOD_REPLIES,
    budget,
    conversation_ready,
    make_app,
    say,
    settle,
    wait_until,
)


def _placed(layout: VerticalLayout, chat: ChatLog, lines: list[Widget]) -> list[WidgetPlacement]:
    return list(layout.arrange(chat, lines, chat.scrollable_content_region.size))


def _shown_as_in_full(chat: ChatLog) -> bool:
    """Every line of the chat on screen where a full arrangement places it."""
    lines = list(chat.children)
    full = [p.region for p in _placed(VerticalLayout(), chat, lines)]
    return [line.virtual_region for line in lines] == full


async def _after_two_replies(pilot: Pilot[int], app: RoleplayApp) -> tuple[ChatLog, list[Widget]]:
    """The chat and its lines once two good replies are scored and shown."""
    await conversation_ready(pilot, app)
    await say(pilot, app, GOOD_REPLIES[0])
    await say(pilot, app, GOOD_REPLIES[1])
    chat = app.screen.query_one(ChatLog)
    return chat, list(chat.children)


async def test_a_growing_chat_is_placed_as_a_full_arrangement_places_it() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        chat = app.screen.query_one(ChatLog)
        for reply in (GOOD_REPLIES[0], BAD_REPLIES[0], GOOD_REPLIES[1]):
            await say(pilot, app, reply)
            assert _shown_as_in_full(chat)
        lines = list(chat.children)
        assert len(lines) >= 10  # notes, bubbles and cards, with their margins between them
        layout, full = ChatLayout(), VerticalLayout()
        for end in range(1, len(lines) + 1):  # one line at a time
            assert _placed(layout, chat, lines[:end]) == _placed(full, chat, lines[:end]), end
        grown = ChatLayout()
        _placed(grown, chat, lines[:4])  # then many at once
        assert _placed(grown, chat, lines) == _placed(full, chat, lines)


async def test_a_line_changed_or_removed_above_the_new_ones_is_placed_again() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        chat, lines = await _after_two_replies(pilot, app)
        layout, full = ChatLayout(), VerticalLayout()
        before = _placed(layout, chat, lines[:-1])
        reply = next(line for line in lines if isinstance(line, Bubble) and line.who == "You")
        reply.show(Text("a much longer reply than before, " * 12))  # taller: lines below move
        after = _placed(layout, chat, lines)
        assert after == _placed(full, chat, lines)
        assert after[-2].region.y > before[-1].region.y
        layout = ChatLayout()
        _placed(layout, chat, lines[:6])
        without = lines[:2] + lines[3:]  # the first lines, one of them gone, and more
        assert _placed(layout, chat, without) == _placed(full, chat, without)


async def test_placed_again_with_no_new_line_only_the_lines_from_a_changed_one_are_arranged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        chat, lines = await _after_two_replies(pilot, app)
        layout, full = ChatLayout(), VerticalLayout()
        first = _placed(layout, chat, lines)
        arranged: list[int] = []  # lines given to Textual's arrangement, per call
        textual_arrange = VerticalLayout.arrange

        def counting(self: VerticalLayout, parent: Widget, children: list[Widget], *a: object):  # type: ignore[no-untyped-def]
            arranged.append(len(children))
            return textual_arrange(self, parent, children, *a)  # type: ignore[arg-type]

        monkeypatch.setattr(VerticalLayout, "arrange", counting)
        assert _placed(layout, chat, lines) == first and arranged == []  # nothing changed
        last = lines[-1]
        assert isinstance(last, Bubble)
        last.show(Text("a much longer answer than before, " * 12))  # the last line, taller
        again = _placed(layout, chat, lines)
        assert arranged == [2]  # the line above it (for the margin) and the changed one
        monkeypatch.undo()
        assert again == _placed(full, chat, lines) and again[-1].region.height > 3


async def test_the_chat_stays_placed_right_through_rewind_and_a_new_reply() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        chat = app.screen.query_one(ChatLog)
        await say(pilot, app, GOOD_REPLIES[0])
        await say(pilot, app, GOOD_REPLIES[1])
        await pilot.press("f3")  # take back the last reply: its lines are greyed, a note added
        await settle(pilot, app)
        assert _shown_as_in_full(chat)
        await say(pilot, app, "A shorter answer.")
        assert _shown_as_in_full(chat)
        await pilot.resize_terminal(84, 30)
        await settle(pilot, app)
        assert _shown_as_in_full(chat)


async def test_the_chats_own_area_is_drawn_as_textual_draws_it() -> None:
    from textual.geometry import Region

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        chat = app.screen.query_one(ChatLog)
        width, height = chat.size

        def drawn(crop: Region) -> tuple[list[list[Segment]], list[list[Segment]]]:
            ours = [list(strip) for strip in chat.render_lines(crop)]
            textual = [list(strip) for strip in Widget.render_lines(chat, crop)]
            return ours, textual

        for crop in (Region(0, 0, width, height), Region(3, 5, width - 9, 4)):
            ours, textual = drawn(crop)
            assert ours == textual and len(ours) == crop.height
        dark = chat.background_colors
        app.theme = "textual-light"  # another background: drawn again, not the cached line
        await pilot.pause()
        await wait_until(pilot, lambda: chat.background_colors != dark, "the light theme")
        ours, textual = drawn(Region(0, 0, width, height))
        assert ours == textual
        app.screen.query_one("#body").styles.background = "darkred"  # the chat's own is unchanged
        await pilot.pause()
        ours, textual = drawn(Region(0, 0, width, height))
        assert ours == textual


def test_a_text_that_needs_no_wrapping_is_as_high_as_textual_measures_it() -> None:
    from textual.content import Content
    from textual.css.styles import Styles

    from roleplay.tui.widgets.line_height import unwrapped_height

    styles = Styles()  # no line padding, wrapped and folded: as in the chat
    texts = [
        "a",
        "a\n",
        "\n",
        "",
        "ab\n\ncd",
        "x" * 10,
        "x" * 11,
        "日本語テキスト",
        "a\tb",
        "a  ",
        "  a",
    ]
    for text in texts:
        for width in (1, 5, 10, 14, 40):
            content = Content.from_rich_text(Text(text, style="bold"))
            rows = unwrapped_height(content, styles, width)
            if rows is not None:
                assert rows == content.get_height(styles, width), (text, width)  # type: ignore[arg-type]
    assert unwrapped_height(Content("x" * 11), styles, 10) is None  # wraps: left to Textual
    assert unwrapped_height(Content("日本語テキスト"), styles, 10) is None  # 14 cells
    assert unwrapped_height(Content("ab\ncd"), styles, 10) == 2


async def test_lines_and_cards_are_as_high_as_textual_measures_them() -> None:
    from roleplay.tui.widgets.score_card import ScoreCard

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await say(pilot, app, "No.")
        chat = app.screen.query_one(ChatLog)
        for width in (100, 84, 72):
            await pilot.resize_terminal(width, 30)
            await settle(pilot, app)
            for line in chat.children:
                if isinstance(line, (Bubble, ScoreCard)):
                    visual = line._render()
                    rows = visual.get_height(line.styles, line.content_region.width)  # type: ignore[arg-type]
                    assert line.content_region.height == rows, (width, line)
