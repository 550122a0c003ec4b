"""A long conversation does not keep every line's drawing: lines scrolled far above the view let
go of their strips (peak memory, benchmarks/tui_startup.py) and are drawn again when shown."""

from __future__ import annotations

from textual.widget import Widget

from roleplay.engine import compile_scenario
from roleplay.scenario import load_text
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import conversation_ready, make_app, say, wait_until

LOOP = """
id: loop
title: Loop
summary: Many turns without an ending.
learner: {role: Engineer}
counterpart: {name: Sam, role: Manager}
meters: {trust: 50}
max_turns: 40
start: talk
states:
  talk:
    say: We need this by Friday and the budget is fixed.
    key_points: [Friday, budget]
    transitions:
      - to: talk
"""
REPLY = "I hear you: Friday and a fixed budget. That sounds stressful. What matters most to you?"


def _drawn(line: Widget) -> list[str]:
    """The text of the strips Textual keeps for ``line`` (empty once it was let go of)."""
    return [strip.text for strip in line._render_cache.lines]


async def test_lines_far_above_the_view_are_let_go_of_and_drawn_again_when_shown() -> None:
    app = make_app(compile_scenario(load_text(LOOP)))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        chat = app.screen.query_one(ChatLog)
        first = chat.query(Bubble).first()  # the counterpart's opening line
        await wait_until(pilot, lambda: bool(_drawn(first)), "the first line drawn")
        before = _drawn(first)
        assert any("We need this by Friday" in text for text in before)
        for _ in range(12):
            await say(pilot, app, REPLY)
        await wait_until(pilot, lambda: not _drawn(first), "the first line let go of")
        assert _drawn(chat.children[-1])  # the newest lines keep theirs
        assert chat.scroll_y > chat.size.height  # it really is far above the view
        card = chat.query(ScoreCard).first()
        assert not _drawn(card) and card._drawn is None  # a card's own drawing goes too
        assert chat.query(ScoreCard).last()._drawn is not None

        chat.scroll_home(animate=False)
        await wait_until(pilot, lambda: bool(_drawn(first)), "the first line drawn again")
        assert _drawn(first) == before
        await wait_until(pilot, lambda: bool(_drawn(card)), "the first card drawn again")
        assert any("Listening" in text for text in _drawn(card))


async def test_lines_near_the_view_keep_their_strips() -> None:
    """Only lines more than a page above the view are let go of: a short chat keeps them all."""
    app = make_app(compile_scenario(load_text(LOOP)))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, REPLY)
        chat = app.screen.query_one(ChatLog)
        await wait_until(pilot, lambda: all(_drawn(w) for w in chat.children), "all lines drawn")
        assert chat._kept_from == 0
