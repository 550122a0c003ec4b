"""The reply box emptied by Enter is drawn in the frame after the card's (with the side panel),
unless its height changes with it; it never shows a sent reply once the screen has settled."""

from __future__ import annotations

import pytest
from textual.events import Key
from textual.screen import Screen

import roleplay.tui.screens.conversation as conversation
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.reply_input import PLACEHOLDER, ReplyInput
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import (
    HeldScorer,
    budget,
    conversation_ready,
    make_app,
    settle,
    wait_unpiloted,
    wait_until,
)

SHORT = "I hear you, Friday is tight. What matters most to you?"  # one line in the box
LONG = (  # two lines in the box: sending it makes the box one line shorter (a layout)
    "So last year a team overran in Q4 and you had to explain it to the board. That sounds "
    "stressful. What would a good outcome look like for you?"
)


def _box_row(screen: ConversationScreen) -> str:
    """The reply box's first line of text as the screen shows it now."""
    box = screen.query_one(ReplyInput)
    return screen._compositor.render_strips()[box.region.y + 1].text  # inside its border


async def test_the_emptied_box_follows_the_card_unless_its_height_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(conversation, "HOLD_FOR_SCORE", 60.0)  # the score always comes first
    frames: list[tuple[bool, bool]] = []  # per paint after Enter: card shown, box repainted
    paint = Screen._compositor_refresh

    def compositor_refresh(self: Screen[object]) -> None:
        box = self.query_one(ReplyInput).region if isinstance(self, ConversationScreen) else None
        dirty = list(self._compositor._dirty_regions)
        paint(self)
        if isinstance(self, ConversationScreen) and box is not None:
            card = self.query(ScoreCard)
            shown = bool(card) and card.last() in self._compositor.visible_widgets
            frames.append((shown, any(region.overlaps(box) for region in dirty)))

    monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        box = screen.query_one(ReplyInput)
        for turn, (reply, box_shrinks) in enumerate(((SHORT, False), (LONG, True)), start=1):
            box.insert(reply)
            await pilot.pause(0.05)
            rows = box.region.height
            assert reply[:20] in _box_row(screen)
            frames.clear()
            app.post_message(Key("enter", None))  # as the terminal driver posts it
            await wait_unpiloted(lambda: screen.session.turn == turn and any(c for c, _ in frames))  # noqa: B023
            first = next(i for i, (card, _) in enumerate(frames) if card)
            assert frames[first][1] is box_shrinks, turn  # the card's frame: the chat only
            assert (box.region.height < rows) is box_shrinks, turn
            await settle(pilot, app)
            await wait_unpiloted(lambda: PLACEHOLDER[:30] in _box_row(screen))
            assert any(painted for _, painted in frames[first:]), turn
            assert reply[:20] not in _box_row(screen), turn


async def _send_slowly(app: RoleplayApp, scorer: HeldScorer) -> ConversationScreen:
    screen = app.screen
    assert isinstance(screen, ConversationScreen)
    screen.query_one(ReplyInput).insert(SHORT)
    app.post_message(Key("enter", None))
    await wait_unpiloted(lambda: any(b.has_class("pending") for b in screen.query(Bubble)))
    return screen


async def test_a_slow_score_shows_the_box_empty_and_a_cancel_gives_the_reply_back() -> None:
    slow = HeldScorer(wait=10)
    app = make_app(budget(), scorer=slow)
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = await _send_slowly(app, slow)  # the hold ends: the reply is shown greyed
        await wait_until(pilot, lambda: PLACEHOLDER[:30] in _box_row(screen), "the box empty")
        await pilot.press("escape")  # cancelled: the reply is back in the box, drawn
        await wait_until(pilot, lambda: SHORT[:20] in _box_row(screen), "the reply back")
        slow.release.set()
        await settle(pilot, app)
        assert screen.session.turn == 0
        assert not [b for b in screen.query_one(ChatLog).query(Bubble) if b.who == "You"]
