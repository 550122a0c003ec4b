"""SVG snapshots at a fixed size and seed. Regenerate with ``pytest tests/tui --snapshot-update``
after a deliberate UI or scorer change, and look at the SVGs before committing them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from .helpers import GOOD_REPLIES, budget, make_app, say, settle

LIBRARY = Path(__file__).parent / "fixtures" / "library"
SIZE = (100, 30)


def test_picker(snap_compare: Any) -> None:
    app = make_app(scenario_dir=LIBRARY)

    async def ready(pilot: Pilot[int]) -> None:
        await settle(pilot, app)

    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_conversation_with_score_card(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("f2")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=play)


def test_conversation_at_80x24(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await settle(pilot, app)
        await say(pilot, app, "[bold red]No.[/] Take it or leave it.")

    assert snap_compare(app, terminal_size=(80, 24), run_before=play)


def test_debrief(snap_compare: Any) -> None:
    app = make_app(budget())

    async def play(pilot: Pilot[int]) -> None:
        await settle(pilot, app)
        await say(pilot, app, "No. Take it or leave it.")
        await pilot.press("f3")
        await pilot.pause()
        for reply in GOOD_REPLIES:
            await say(pilot, app, reply)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=play)


def test_help_at_80x24(snap_compare: Any) -> None:
    app = make_app(budget())

    async def open_help(pilot: Pilot[int]) -> None:
        await settle(pilot, app)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_help)
