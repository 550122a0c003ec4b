"""What the picker and the debrief say when they cannot do what was asked."""

from __future__ import annotations

from roleplay.engine import Session
from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.picker import PickerScreen

from .helpers import LIBRARY, budget, conversation_ready, make_app, picker_ready, wait_until


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
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
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
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        screen = app.screen
        assert screen.check_action("export", ()) is None  # shown disabled in the footer
        await pilot.press("x")
        await pilot.pause()
        assert app.screen is screen and not app._notifications
