"""SVG snapshots at a fixed size and seed, with the fixed test scorer and a frozen scenario copy,
so neither a scorer refit nor a library rework changes them. Each test waits for the exact state
it snapshots. Regenerate with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after a
deliberate UI change, and look at the SVGs before committing them."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.help import HelpScreen
from roleplay.tui.widgets.side_panel import SidePanel

from .helpers import (
    GOOD_REPLIES,
    LIBRARY,
    budget,
    conversation_ready,
    make_app,
    picker_ready,
    say,
    wait_until,
)

SIZE = (100, 30)


def test_picker(snap_compare: Any) -> None:
    app = make_app(scenario_dir=LIBRARY)

    async def ready(pilot: Pilot[int]) -> None:
        await picker_ready(pilot, app)

    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_conversation_with_score_card(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("f2")
        panel = app.screen.query_one(SidePanel)
        await wait_until(pilot, lambda: app.screen.hint_shown, "the hint shown")  # type: ignore[attr-defined]
        assert not panel.has_class("hidden")

    assert snap_compare(app, terminal_size=SIZE, run_before=play)


def test_conversation_at_80x24(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        await say(pilot, app, "[bold red]No.[/] Take it or leave it.")

    assert snap_compare(app, terminal_size=(80, 24), run_before=play)


def test_score_card_at_80x24(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])

    assert snap_compare(app, terminal_size=(80, 24), run_before=play)


def test_debrief(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        await say(pilot, app, "No. Take it or leave it.")
        await pilot.press("f3")
        await wait_until(pilot, lambda: app.screen.session.turn == 0, "the rewind")  # type: ignore[attr-defined]
        for reply in GOOD_REPLIES:
            await say(pilot, app, reply)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")

    assert snap_compare(app, terminal_size=SIZE, run_before=play)


def test_help_at_80x24(snap_compare: Any) -> None:
    app = make_app(budget())

    async def open_help(pilot: Pilot[int]) -> None:
        await conversation_ready(pilot, app)
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_help)
