"""A scored reply reaches the screen in one frame: the reply, its card and the answer are
mounted together, painted together, and the card is drawn once for its width and state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from textual.screen import Screen
from textual.widget import AwaitMount, Widget

import roleplay.tui.screens.conversation as conversation
import roleplay.tui.widgets.score_card as score_card
from roleplay.tui.messages import ReplySubmitted
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, wait_until

BAR = re.compile(r"[█░]+")  # one bar: its filled and empty cells


def _bar_widths(card: ScoreCard) -> set[int]:
    text = "\n".join(line.text for line in card.render_lines(card.region.reset_offset))
    return {len(run) for run in BAR.findall(text)}


class _Watch:
    """What happens in the chat from the Enter being watched on."""

    def __init__(self) -> None:
        self.armed = False
        self.before: int | None = None  # chat lines when Enter was handled
        self.frames: list[list[str]] = []  # per paint: the kinds of new lines on screen
        self.mounts: list[int] = []  # widgets per mount call into the chat

    def new_lines(self, chat: ChatLog) -> list[Widget]:
        return list(chat.children)[self.before or 0 :]


async def test_reply_card_and_answer_are_painted_in_the_first_frame_after_enter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # However slow the machine, the screen waits for the score here (the test's scorer is
    # instant; the hold only bounds how long a slow scorer keeps the reply off the screen).
    monkeypatch.setattr(conversation, "HOLD_FOR_SCORE", 60.0)
    watch = _Watch()
    paint, submitted, mount = (
        Screen._compositor_refresh,
        ConversationScreen.on_reply_submitted,
        ChatLog.mount,
    )

    def compositor_refresh(self: Screen[object]) -> None:
        paint(self)
        if isinstance(self, ConversationScreen) and watch.before is not None:
            visible = self._compositor.visible_widgets
            new = watch.new_lines(self.query_one(ChatLog))
            watch.frames.append([type(w).__name__ for w in new if w in visible])

    def on_reply_submitted(self: ConversationScreen, message: ReplySubmitted) -> None:
        if watch.armed:
            watch.before = len(self.query_one(ChatLog).children)
        submitted(self, message)

    def counting_mount(self: ChatLog, *widgets: Widget, **kwargs: Any) -> AwaitMount:
        if watch.before is not None:
            watch.mounts.append(len(widgets))
        return mount(self, *widgets, **kwargs)

    monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)
    monkeypatch.setattr(ConversationScreen, "on_reply_submitted", on_reply_submitted)
    monkeypatch.setattr(ChatLog, "mount", counting_mount)
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])  # the chat is taller than its view from here
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        chat = screen.query_one(ChatLog)
        screen.query_one(ReplyInput).insert(GOOD_REPLIES[1])
        watch.armed = True
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.session.turn == 2, "the second reply scored")
        await wait_until(pilot, lambda: bool(watch.frames), "a paint after Enter")
        # The first paint after Enter already shows all three: nothing was painted in between.
        assert watch.frames[0] == ["Bubble", "ScoreCard", "Bubble"]
        new = watch.new_lines(chat)
        assert [type(w).__name__ for w in new] == ["Bubble", "ScoreCard", "Bubble"]
        assert isinstance(new[0], Bubble) and new[0].who == "You"
        assert not new[0].has_class("pending")
        assert len(screen.query(ScoreCard)) == 2  # one card per reply, none twice
        assert watch.mounts == [3]  # mounted in one call: the chat's styles are updated once
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y > 0, "the newest line")


async def test_a_card_is_drawn_once_per_width_and_state(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []
    render_card: Callable[..., object] = score_card.render_card

    def counting(*args: object, **kwargs: object) -> object:
        drawn.append(int(kwargs["width"]))  # type: ignore[call-overload]
        return render_card(*args, **kwargs)

    monkeypatch.setattr(score_card, "render_card", counting)
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        card = app.screen.query_one(ScoreCard)
        wide = card.content_region.width
        assert wide >= score_card.WIDE_CARD and drawn == [wide]  # measured and painted: once
        assert _bar_widths(card) == {7}
        app.screen.refresh(layout=True)  # more layouts of the screen redraw nothing of it
        await pilot.pause()
        await say(pilot, app, "No.")
        assert drawn.count(wide) == 2  # this card once, the new card once
        await pilot.resize_terminal(91, 30)  # a narrower card: drawn again, with shorter bars
        await wait_until(pilot, lambda: card.content_region.width < wide, "a narrower card")
        await wait_until(pilot, lambda: _bar_widths(card) == {4}, "bars for the narrow card")
        narrow = card.content_region.width
        assert narrow < score_card.WIDE_CARD and drawn.count(narrow) <= 2  # (both cards)
