"""The TUI with storage: autosave per turn, the resume offer, the history screen, export."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable

from roleplay.cli.tui_storage import StoreHistory, launch_with_storage
from roleplay.errors import StorageError
from roleplay.storage import SessionRecorder, SessionStore, exports_dir
from roleplay.storage.resume_plan import ResumePlan, plan_resume
from roleplay.tui.config import TuiConfig
from roleplay.tui.resume_app import ResumeAwareApp
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.resume import ResumeOffer, ResumeOfferScreen
from roleplay.tui.widgets.history_chart import ProgressChart

from ..budget import BUDGET, GOOD_REPLIES, budget, new_session
from ..storage.helpers import play, saved_id
from ..tui.helpers import say, settle

SIZE = (120, 40)


def app_with(
    store: SessionStore,
    scenario: object = None,
    offer: ResumeOffer | None = None,
) -> ResumeAwareApp:
    recorder = SessionRecorder(store)
    return ResumeAwareApp(
        scenario,  # type: ignore[arg-type]
        offer=offer,
        seed=7,
        config=TuiConfig(),
        recorder=recorder,
        best_scores=store.best_scores(),
        history=StoreHistory(store),
    )


async def test_each_tui_turn_is_saved_before_the_next_line() -> None:
    with SessionStore.open() as store:
        app = app_with(store, budget())
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            for n, text in enumerate(GOOD_REPLIES[:2], start=1):
                await say(pilot, app, text)
                with SessionStore.open() as reader:  # another connection sees it committed
                    record = reader.sessions()[0]
                    assert record.turn_count == n
                    screen = app.screen
                    assert isinstance(screen, ConversationScreen)
                    assert record.final_state == screen.session.state


async def test_resume_offer_continues_the_saved_session() -> None:
    with SessionStore.open() as store:
        original, sid = play(store, GOOD_REPLIES[:2])
        record = store.session(sid)
        offer = plan_resume(store, scenario_id=record.scenario_id)
        app = app_with(store, budget(), offer)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            assert isinstance(app.screen, ResumeOfferScreen)
            await pilot.press("y")
            await settle(pilot, app)
            assert len(app.screen_stack) == 3  # default, picker underneath, the conversation
            screen = app.screen
            assert isinstance(screen, ConversationScreen)
            assert screen.session.turn == 2
            assert screen.session.state == original.state
            assert screen.session.meters == original.meters
            assert len(screen.query(".learner")) == 2  # transcript replayed once
            await say(pilot, app, GOOD_REPLIES[2])
        assert store.session(sid).turn_count == 3
        assert len(store.sessions()) == 1


async def test_declining_the_offer_starts_the_requested_scenario() -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:1])
        offer = plan_resume(store, scenario_id=store.session(sid).scenario_id)
        app = app_with(store, budget(), offer)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            await pilot.press("escape")
            await settle(pilot, app)
            assert type(app.screen) is ConversationScreen
            assert len(store.sessions()) == 1  # the new one is saved with its first reply
            await say(pilot, app, GOOD_REPLIES[0])
        assert len(store.sessions()) == 2  # a new session; the old one is kept


async def test_changed_scenario_offers_a_restart(tmp_path: Path) -> None:
    copy = tmp_path / "budget_pushback.yaml"
    shutil.copy(BUDGET, copy)
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(copy, seed=3, observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
        copy.write_text(copy.read_text().replace("Push back on a budget cut", "New version"))
        offer = plan_resume(store, scenario_id=store.session(sid).scenario_id)
        app = app_with(store, None, offer)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            assert app.screen.query("#restart")
            await pilot.click("#restart")
            await settle(pilot, app)
            screen = app.screen
            assert type(screen) is ConversationScreen
            assert screen.session.scenario.title == "New version"


async def test_history_screen_shows_tables_chart_and_exports() -> None:
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES * 3)
        play(store, GOOD_REPLIES[:1])
        app = app_with(store)
        async with app.run_test(size=SIZE) as pilot:
            screen = await _history(pilot, app)
            assert screen.query_one("#history-scenarios", DataTable).row_count == 1
            assert screen.query_one("#history-sessions", DataTable).row_count == 2
            legend = "".join(_lines(screen.query_one("#history-legend")))
            assert legend.strip() == "━ listening  ━ empathy  ━ collaboration"
            await pilot.press("x")
            await settle(pilot, app)
            exported = list(exports_dir().glob("session-*.html"))
            assert len(exported) == 1
            await pilot.press("escape")
            await settle(pilot, app)
            assert not isinstance(app.screen, HistoryScreen)


async def test_history_names_scenarios_by_their_title_not_their_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by a newcomer: the recent sessions and the chart of one scenario said
    'budget_pushback' where the scenarios table beside them said 'Push back on a budget cut'."""
    titles: list[str] = []
    show = ProgressChart.show_series

    def spy(chart: ProgressChart, series: object, title: str) -> None:
        titles.append(title)
        show(chart, series, title)  # type: ignore[arg-type]

    monkeypatch.setattr(ProgressChart, "show_series", spy)
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES[:1])
        app = app_with(store)
        async with app.run_test(size=SIZE) as pilot:
            screen = await _history(pilot, app)
            sessions = screen.query_one("#history-sessions", DataTable)
            cells = [str(c) for c in sessions.get_row_at(0)]
            assert any(c.startswith("Push back on a budget") for c in cells)
            assert "budget_pushback" not in cells
            scenarios = screen.query_one("#history-scenarios", DataTable)
            scenarios.focus()
            await pilot.press("enter")
            await settle(pilot, app)
            await pilot.pause()
            assert titles[-1] == "Progress in Push back on a budget cut"


async def _history(pilot: Pilot[int], app: ResumeAwareApp) -> HistoryScreen:
    """F6 from the first screen: the History screen, once its data is on screen."""
    await settle(pilot, app)
    app.action_history()
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, HistoryScreen) and screen.loaded
    await pilot.pause()
    return screen


def _lines(widget: Widget) -> list[str]:
    return [
        "".join(seg.text for seg in strip)
        for strip in widget.render_lines(widget.region.reset_offset)
    ]


async def test_history_tables_and_chart_fit_at_80x24() -> None:
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES * 3)
        play(store, GOOD_REPLIES[:1])
        app = app_with(store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _history(pilot, app)
            for table in screen.query(DataTable):
                columns = table.ordered_columns
                needed = sum(c.get_render_width(table) for c in columns)
                assert needed <= table.scrollable_content_region.width, (
                    table.id,
                    [str(c.label) for c in columns],
                )
                assert table.max_scroll_x == 0
            status = screen.query_one("#history-status")  # wraps instead of being cut off
            shown = " ".join(
                "".join(seg.text for seg in strip).strip()
                for strip in status.render_lines(status.region.reset_offset)
            )
            assert shown.startswith("2 session(s).") and shown.endswith("Esc: back"), shown
            # The chart's legend is a line under the plot, inside the chart's box, never a box
            # drawn over the plot's lines (plotext's own legend did that at 80 columns).
            chart, legend = screen.query_one(ProgressChart), screen.query_one("#history-legend")
            box = screen.query_one("#history-chart-box").region
            assert legend.region.y == chart.region.bottom and legend.region.bottom <= box.bottom
            plot = "\n".join(_lines(chart))
            assert "listening" not in plot and "empathy" not in plot, plot
            assert any("\u2801" <= c <= "\u28ff" for c in plot), plot  # braille: lines drawn
            assert _lines(legend)[0].strip() == "━ L  ━ E  ━ C"  # the names do not fit


async def test_history_chart_labels_sessions_of_one_day_unambiguously() -> None:
    with SessionStore.open() as store:
        for _ in range(4):  # four sessions within the same minute or so, on one day
            play(store, GOOD_REPLIES[:1])
        app = app_with(store)
        async with app.run_test(size=SIZE) as pilot:
            screen = await _history(pilot, app)
            lines = _lines(screen.query_one(ProgressChart))
            axis = next(i for i, line in enumerate(lines) if "└" in line)
            labels = re.split(r"\s{2,}", lines[axis + 1].strip())
            assert len(labels) == 4, lines  # one label per session here, none dropped
            assert len(set(labels)) == 4, labels  # never the same date four times


async def test_history_screen_with_no_sessions() -> None:
    with SessionStore.open() as store:
        app = app_with(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            app.push_screen(HistoryScreen(StoreHistory(store)))
            await settle(pilot, app)
            assert app.screen.query_one("#history-sessions", DataTable).row_count == 0


def test_debrief_exporter_writes_html_for_a_saved_session() -> None:
    import pytest

    from roleplay.cli.tui_storage import exporter_for
    from roleplay.errors import RoleplayError

    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        path = exporter_for(store, recorder)(session)
        assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        with pytest.raises(RoleplayError):
            exporter_for(store, recorder)(new_session())


def _launched(monkeypatch: pytest.MonkeyPatch) -> list[ResumeAwareApp]:
    """launch_with_storage builds the app but does not run it; what it built is kept."""
    built: list[ResumeAwareApp] = []

    def run_instead(self: ResumeAwareApp, *args: object, **kwargs: object) -> None:
        built.append(self)
        if isinstance(self.offer, ResumePlan) and not self.offer.ask_first:
            with SessionStore.open() as other, pytest.raises(StorageError) as info:
                other.claims.claim(self.offer.record.id)
            assert info.value.code == "RP714"  # claimed before the TUI opened

    monkeypatch.setattr(ResumeAwareApp, "run", run_instead)
    return built


def test_roleplay_resume_in_the_tui_goes_straight_in(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _launched(monkeypatch)
    with SessionStore.open() as store:
        _, first = play(store, GOOD_REPLIES[:1])
        _, newest = play(store, GOOD_REPLIES[:2])
    assert launch_with_storage(None, resume=True) == 0
    assert launch_with_storage(None, resume=True, session_id=first) == 0
    offers = [app.offer for app in built]
    assert [o.record.id for o in offers if isinstance(o, ResumePlan)] == [newest, first]
    assert all(o is not None and not o.ask_first for o in offers)


def test_play_in_the_tui_offers_the_scenarios_unfinished_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _launched(monkeypatch)
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:1])
    launch_with_storage(budget())
    (app,) = built
    assert isinstance(app.offer, ResumePlan)
    assert app.offer.ask_first and app.offer.record.id == sid
    assert app.first_scenario is not None  # declining the offer starts the scenario asked for


def test_tui_restart_on_a_changed_file_starts_the_new_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _launched(monkeypatch)
    copy = tmp_path / "budget_pushback.yaml"
    shutil.copy(BUDGET, copy)
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        new_session(copy, seed=5, observers=[recorder]).reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
    copy.write_text(copy.read_text().replace("Push back on a budget cut", "New version"))
    launch_with_storage(None, resume=True, session_id=sid, choice="restart")
    (app,) = built
    assert app.offer is None
    assert app.first_scenario is not None and app.first_scenario.scenario.title == "New version"
    assert app.seed == 5 and app.mode == "coach"  # the session's own seed and mode


def test_tui_resume_of_a_finished_session_is_refused_before_the_tui_opens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _launched(monkeypatch)
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES * 3)
    with pytest.raises(StorageError) as info:
        launch_with_storage(None, resume=True, session_id=sid)
    assert info.value.code == "RP707" and built == []


async def test_accepting_the_offer_of_a_session_in_use_says_so_and_stays() -> None:
    """Another roleplay is playing the offered session: RP714 is shown, nothing is opened."""
    with SessionStore.open() as played:
        _, sid = play(played, GOOD_REPLIES[:1])
    with SessionStore.open() as store, SessionStore.open() as other:
        offer = plan_resume(store, scenario_id=store.session(sid).scenario_id)
        other.claims.claim(sid)
        app = app_with(store, budget(), offer)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            await pilot.press("y")
            await settle(pilot, app)
            assert any("RP714" in str(n.message) for n in app._notifications)
            assert not isinstance(app.screen, ConversationScreen)
        assert store.session(sid).turn_count == 1
