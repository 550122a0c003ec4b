"""The TUI shows what the counterpart heard (coach mode only) and the decisive moves."""

from __future__ import annotations

from pathlib import Path

from roleplay.engine import compile_scenario
from roleplay.scenario import load_file
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import conversation_ready, make_app, say

FIXTURE = Path(__file__).parents[1] / "engine" / "fixtures" / "budget_intents.yaml"
PHASING = "What if we spread the reduction over Q3 and Q4?"


def _card_text(card: ScoreCard) -> str:
    from rich.console import Console

    from roleplay.tui.widgets.score_card import render_card

    console = Console(width=120, record=True)
    console.print(render_card(card.result, card.heard))
    return console.export_text()


async def test_coach_mode_card_says_what_dana_heard() -> None:
    app = make_app(compile_scenario(load_file(FIXTURE)))
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, PHASING)
        cards = list(app.screen.query(ScoreCard))
        assert cards and "Dana heard: you offered to phase the cut" in _card_text(cards[-1])


async def test_coach_mode_card_says_when_dana_heard_no_particular_move() -> None:
    """A scored reply that matched no intent says so on its card, as plain mode and the
    Markdown and HTML exports do, instead of leaving the line out."""
    app = make_app(compile_scenario(load_file(FIXTURE)))
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, "Hmm, let me think about it.")
        cards = list(app.screen.query(ScoreCard))
        assert cards and "Dana heard no particular move" in _card_text(cards[-1])
        assert "Dana heard:" not in _card_text(cards[-1])


async def test_exam_mode_shows_no_card_and_nothing_heard() -> None:
    app = make_app(compile_scenario(load_file(FIXTURE)), mode="exam")
    async with app.run_test(size=(120, 40)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, PHASING)
        assert not list(app.screen.query(ScoreCard))
