"""What the picker and the debrief say when they cannot do what was asked."""

from __future__ import annotations

import re
from pathlib import Path

from roleplay.engine import Session
from roleplay.tui.screens.picker import PickerScreen

from ..budget import BUDGET
from .helpers import (
    LIBRARY,
    budget,
    conversation_ready,
    end_here,
    make_app,
    picker_ready,
    wait_until,
)


async def test_a_filter_that_matches_nothing_says_so_and_enter_starts_nothing() -> None:
    app = make_app(scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await pilot.press(*"zzzz")
        detail = app.screen.query_one("#detail")
        await wait_until(
            pilot,
            lambda: "No scenario matches the filter." in str(detail.render()),
            "the empty filter's message",
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)


async def test_a_failed_export_from_the_debrief_says_why() -> None:
    def exporter(session: Session) -> str:
        raise OSError(28, "No space left on device")

    app = make_app(budget(), exporter=exporter)
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await end_here(pilot, app)
        await pilot.press("x")
        await wait_until(
            pilot,
            lambda: any(
                "Export failed: [Errno 28] No space left on device" in str(n.message)
                for n in app._notifications
            ),
            "the failure notice",
        )


async def test_without_an_exporter_the_export_key_is_greyed_out_and_does_nothing() -> None:
    app = make_app(budget())  # no storage: nothing to export with
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await end_here(pilot, app)
        screen = app.screen
        assert screen.check_action("export", ()) is None  # shown disabled in the footer
        await pilot.press("x")
        await pilot.pause()
        assert app.screen is screen and not app._notifications


async def test_the_filter_lists_title_matches_first_and_ignores_words_inside_words(
    tmp_path: Path,
) -> None:
    """Typing "date" then Enter started the feedback scenario (its summary says "update")."""
    text = BUDGET.read_text()
    for sid, title, summary in (
        ("a_feedback", "Take critical feedback", "Your forecast update ran long."),
        ("b_budget", "Push back on a cut", "The date is fixed."),
        ("c_date", "Negotiate a date", "Sales promised the 1st."),
    ):
        mine = re.sub(r"(?m)^id: .*$", f"id: {sid}", text, count=1)
        mine = re.sub(r"(?m)^title: .*$", f"title: {title}", mine, count=1)
        mine = re.sub(r"(?m)^summary: .*$", f"summary: {summary}", mine, count=1)
        (tmp_path / f"{sid}.yaml").write_text(mine)
    app = make_app(scenario_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await pilot.press(*"date")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [e.id for e in picker.shown] == ["c_date", "b_budget"]  # the title first
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, PickerScreen), "playing")
        assert app.screen.session.scenario.id == "c_date"  # type: ignore[attr-defined]
