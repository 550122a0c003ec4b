"""A scored reply reaches the screen in one frame: the reply, its card and the answer are
mounted together, painted together, and the card is drawn once for its width and state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from rich.text import Text
from textual.events import Key
from textual.screen import Screen
from textual.widget import AwaitMount, Widget
from textual.widgets import Static

import roleplay.tui.screens.conversation as conversation
import roleplay.tui.widgets.score_card as score_card
from roleplay.engine.mood import mood as mood_of
from roleplay.tui.messages import ReplySubmitted
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.score_card import ScoreCard
from roleplay.tui.widgets.side_panel import SidePanel, render_mood

from .helpers import (
    GOOD_REPLIES,
    budget,
    conversation_ready,
    make_app,
    say,
    wait_unpiloted,
    wait_until,
)

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


async def test_the_card_frame_comes_first_with_enter_posted_as_a_terminal_posts_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Posted as the terminal driver posts a key, nothing waits for the chat's widgets after
    # Enter (pilot.press does): the screen must still lay out the new lines before the first
    # paint, and the side panel and the status line follow in the next frame.
    monkeypatch.setattr(conversation, "HOLD_FOR_SCORE", 60.0)
    frames: list[tuple[list[str], str]] = []  # per paint: new lines on screen, status text
    before: list[int] = []
    paint = Screen._compositor_refresh

    def compositor_refresh(self: Screen[object]) -> None:
        paint(self)
        if isinstance(self, ConversationScreen) and before:
            visible = self._compositor.visible_widgets
            new = list(self.query_one(ChatLog).children)[before[-1] :]
            status = str(self.query_one("#status", Static).content)
            frames.append(([type(w).__name__ for w in new if w in visible], status))

    monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        for turn, reply in enumerate(GOOD_REPLIES[:3], start=1):
            screen.query_one(ReplyInput).insert(reply)
            # Enter comes well after the reply's last key was drawn, as a person presses it:
            # the screen's frame timer is then idle and paints at the first thing marked dirty.
            await pilot.pause(0.05)
            frames.clear()
            before.append(len(screen.query_one(ChatLog).children))
            app.post_message(Key("enter", None))
            # Polled without the pilot, whose pause waits for every widget of the screen
            # and then runs the screen's update itself (a terminal's app does neither).
            status_after = f"Turn {turn + 1} "
            await wait_unpiloted(lambda: bool(frames) and status_after in frames[-1][1])  # noqa: B023
            lines, status = frames[0]
            assert lines == ["Bubble", "ScoreCard", "Bubble"], turn  # the first paint: all three
            assert status.startswith(f"Turn {turn} "), turn  # the status line follows it
            mood = screen.query_one(SidePanel).query_one("#mood", Static)
            name = screen.session.scenario.counterpart.name
            last = screen.session.turns[-1]
            shown = render_mood(name, mood_of(screen.session.meters, last.meters_before))
            assert str(mood.content) == shown.plain, turn  # the side panel followed


async def test_a_side_panel_text_as_high_as_before_is_redrawn_without_a_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[bool] = []
    update = Static.update

    def recording(self: Static, content: Any = "", *, layout: bool = True) -> None:
        if self.id == "mood":
            asked.append(layout)
        update(self, content, layout=layout)

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        panel = app.screen.query_one(SidePanel)
        mood = panel.query_one("#mood", Static)
        monkeypatch.setattr(Static, "update", recording)
        panel._update("#mood", Text("one\ntwo"))  # first text: laid out
        panel._update("#mood", Text("three\nfour"))  # as many rows: redrawn only
        panel._update("#mood", Text("three\nfour"))  # the same text: nothing
        panel._update("#mood", Text("five\nsix\nseven"))  # a row more: laid out
        panel._update("#mood", Text("x" * 200))  # wraps: laid out
        assert asked == [True, False, True, True]
        await pilot.pause()
        await wait_until(pilot, lambda: mood.region.height >= 3, "the mood laid out again")


async def test_a_reply_brings_a_chat_scrolled_up_back_to_its_newest_line() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        chat = screen.query_one(ChatLog)
        for reply in GOOD_REPLIES[:2]:
            await say(pilot, app, reply)
        # anchored: the newest lines are shown at the bottom of a chat taller than its view
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y > 0, "the bottom")
        chat.scroll_home(animate=False)  # the learner reads back: the anchor is released
        await wait_until(pilot, lambda: chat.scroll_y == 0, "the top of the chat")
        await say(pilot, app, GOOD_REPLIES[2])
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y > 0, "the newest line")
        await say(pilot, app, GOOD_REPLIES[3])  # and anchored again
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y > 0, "the newest line")
