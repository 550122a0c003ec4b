"""The conversation screen and its body keep their arrangement while what they place is
unchanged, and it is always the arrangement Textual itself computes."""

from __future__ import annotations

import pytest
from textual.containers import Horizontal
from textual.layout import DockArrangeResult
from textual.screen import Screen
from textual.widget import Widget

from roleplay.tui.kept_arrangement import KeptArrangement
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, settle


def _textuals(container: Widget, stock: type[Widget]) -> DockArrangeResult:
    """Textual's own arrangement of ``container`` now, computed afresh."""
    assert isinstance(container, KeptArrangement) and container._kept is not None
    size = container._kept[0][0]
    container._arrangement_cache.clear()
    return stock.arrange(container, size)  # type: ignore[arg-type]


def _same_as_textual(screen: ConversationScreen, step: str) -> None:
    body = screen.query_one("#body")
    for container, stock in ((screen, Screen), (body, Horizontal)):
        assert isinstance(container, KeptArrangement)
        assert container._kept is not None
        kept = container._kept[1]
        fresh = _textuals(container, stock)
        assert kept.placements == fresh.placements, (step, container)
        assert kept.widgets == fresh.widgets, (step, container)
        assert kept.scroll_spacing == fresh.scroll_spacing, (step, container)


async def test_the_kept_arrangements_are_textuals_and_a_reply_arranges_neither_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    arranged: list[Widget] = []  # containers Textual arranged (the kept one was not enough)
    screen_arrange, widget_arrange = Screen.arrange, Widget.arrange

    def counting_screen(self: Screen[object], *args: object) -> DockArrangeResult:
        arranged.append(self)
        return screen_arrange(self, *args)  # type: ignore[arg-type]

    def counting_widget(self: Widget, *args: object) -> DockArrangeResult:
        arranged.append(self)
        return widget_arrange(self, *args)  # type: ignore[arg-type]

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        body, box = screen.query_one("#body"), screen.query_one(ReplyInput)
        await say(pilot, app, "I hear you.")  # one line: the box keeps its height
        _same_as_textual(screen, "a reply")
        monkeypatch.setattr(Screen, "arrange", counting_screen)
        monkeypatch.setattr(Widget, "arrange", counting_widget)
        await say(pilot, app, "Friday is tight, I see.")  # three lines mounted into the chat
        assert screen not in arranged and body not in arranged  # kept: nothing they place moved
        assert arranged  # (the chat itself was arranged: its new lines)
        _same_as_textual(screen, "a second reply")
        box.insert(GOOD_REPLIES[1])  # two lines of text: the box grows, the body shrinks
        await settle(pilot, app)
        assert screen in arranged
        _same_as_textual(screen, "a taller reply box")
        await say(pilot, app, "")  # (nothing typed over it; the box is sent as it is)
        _same_as_textual(screen, "the taller box sent")
        await pilot.press("f2")  # the hint in the side panel
        await settle(pilot, app)
        _same_as_textual(screen, "the hint")
        screen.action_toggle_panel()  # the side panel hidden: the chat takes the width
        await settle(pilot, app)
        _same_as_textual(screen, "the side panel hidden")
        screen.action_toggle_panel()
        await pilot.resize_terminal(90, 26)
        await settle(pilot, app)
        _same_as_textual(screen, "a smaller terminal")
        screen.end_here()  # the box disabled, the debrief opened over the screen
        await settle(pilot, app)
        _same_as_textual(screen, "the end")
