"""Coming back to the picker in the same run: the Best column is up to date, the filter is clear."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.picker import PickerScreen

from .helpers import (
    GOOD_REPLIES,
    LIBRARY,
    conversation_ready,
    end_here,
    make_app,
    picker_ready,
    say_until_ended,
    wait_until,
)


def _best_cell(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    table = screen.query_one("#scenarios", DataTable)
    row = [e.id for e in screen.shown].index("budget_pushback")
    return str(table.get_row_at(row)[3])


async def _play_and_return(app: object, pilot: object, replies: list[str], end: str) -> None:
    await pilot.press(*"budget")  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await conversation_ready(pilot, app)  # type: ignore[arg-type]
    conversation = app.screen  # type: ignore[attr-defined]
    assert isinstance(conversation, ConversationScreen)
    await say_until_ended(pilot, app, replies)  # type: ignore[arg-type]
    if end == "f5":
        await end_here(pilot, app)  # type: ignore[arg-type]
    else:
        await pilot.press(end)  # type: ignore[attr-defined]
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")  # type: ignore[arg-type, attr-defined]
    await pilot.press("n")  # type: ignore[attr-defined]
    await picker_ready(pilot, app)  # type: ignore[arg-type]


async def test_best_updates_after_passing_and_the_filter_is_cleared() -> None:
    app = make_app(scenario_dir=LIBRARY)  # no saved scores: every Best is "–"
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        assert _best_cell(app) == "–"
        await _play_and_return(app, pilot, GOOD_REPLIES, "enter")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        overall = app.best_scores["budget_pushback"]  # type: ignore[index]
        assert _best_cell(app) == str(overall)
        assert picker.query_one(Input).value == ""
        assert len(picker.shown) == len(app.catalogue or [])


async def test_an_abandoned_session_sets_no_best_and_a_lower_one_keeps_it() -> None:
    app = make_app(best_scores={"budget_pushback": 99}, scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await _play_and_return(app, pilot, GOOD_REPLIES, "enter")
        assert _best_cell(app) == "99"
    app = make_app(scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await _play_and_return(app, pilot, GOOD_REPLIES[:1], "f5")  # ended early: abandoned
        assert _best_cell(app) == "–"


async def test_the_list_is_filled_once_when_the_picker_first_shows(monkeypatch: object) -> None:
    """Showing the picker fills the list once (it was filled again on the screen's first
    resume, a wasted frame before the first paint). Coming back fills it afresh: the test
    above."""
    fills: list[int] = []
    fill = PickerScreen._fill

    def counting_fill(self: PickerScreen) -> None:
        fills.append(1)
        fill(self)

    first = make_app(scenario_dir=LIBRARY)  # reads the library and writes the cache
    async with first.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, first)
    monkeypatch.setattr(PickerScreen, "_fill", counting_fill)  # type: ignore[attr-defined]
    app = make_app(scenario_dir=LIBRARY)  # the list comes from the cache, in on_mount
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await pilot.pause()
        assert len(fills) == 1
