"""History: per-scenario best and last scores, a progress chart, and recent sessions.

Data comes from the app's history source (the session store) in a worker thread; the screen only renders it. ``x``
exports the highlighted session as a printable HTML page (into the data folder's exports/).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from roleplay.errors import RoleplayError
from roleplay.report.progress import ProgressSeries, progress_series

from ..literal import clean, literal
from ..widgets.history_chart import ChartLegend, ProgressChart
from ..widgets.table import Table

if TYPE_CHECKING:
    from roleplay.storage.records import ScenarioSummary, SessionRecord

    from ..hooks import HistorySource

RECENT_LIMIT = 100
WIDE = 100  # from this many columns, dates are shown with their year
SESSION_SCORES = ("Turns", "L", "E", "C", "Overall", "Outcome")


@dataclass(frozen=True)
class HistoryData:
    summaries: list[ScenarioSummary]
    recent: list[SessionRecord]
    series: ProgressSeries
    scenario: str | None


class HistoryLoaded(Message):
    def __init__(self, data: HistoryData) -> None:
        super().__init__()
        self.data = data


class HistoryFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


def _score(value: float | int | None) -> str:
    return "-" if value is None else str(round(value))


def _started(stamp: str, short: bool) -> str:
    """``2026-11-29T14:05:09`` -> ``2026-11-29 14:05``, or ``11-29 14:05`` when space is short."""
    full = stamp[:16].replace("T", " ")
    return full[5:] if short else full


def _fit(name: str, width: int) -> Text:
    """A name shown literally, cut to ``width`` cells with an ellipsis, so the table needs no
    sideways scroll."""
    shown = clean(name)
    return Text(shown if len(shown) <= width else shown[: max(1, width - 1)] + "…")


def _name_width(table: DataTable[object], labels: list[str], rows: list[list[str]]) -> int:
    """Cells left for the name column once the other columns (with padding) are placed."""
    others = 0
    for i, label in enumerate(labels):
        widest = max([len(label), *(len(row[i]) for row in rows)])
        others += widest + 2 * table.cell_padding
    scrollbar = 1
    available = table.size.width - scrollbar - others - 2 * table.cell_padding
    return max(8, available)


class HistoryScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,b", "back", "Back"),
        Binding("x", "export", "Export HTML"),  # F8 is "all evidence" everywhere
        Binding("a", "all_scenarios", "All scenarios"),
    ]
    DEFAULT_CSS = """
    HistoryScreen #history-title { height: 1; padding: 0 1; text-style: bold; }
    HistoryScreen #history-top { height: 1fr; }
    HistoryScreen #history-scenarios { width: 52; height: 1fr; }
    HistoryScreen #history-chart-box { width: 1fr; height: 1fr; }
    HistoryScreen #history-sessions { height: 1fr; }
    HistoryScreen #history-status { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, source: HistorySource) -> None:
        super().__init__()
        self.source = source
        self._rows: dict[str, int] = {}  # session table row key -> session id
        self._scenario_rows: dict[str, str] = {}
        self.loaded = False  # True once the data is on screen

    def compose(self) -> ComposeResult:
        yield Static("History", id="history-title")
        with Horizontal(id="history-top"):
            yield Table(id="history-scenarios", cursor_type="row", zebra_stripes=True)
            with Vertical(id="history-chart-box"):
                yield ProgressChart(id="history-chart")
                yield ChartLegend(id="history-legend")
        yield Table(id="history-sessions", cursor_type="row", zebra_stripes=True)
        yield Static("Loading…", id="history-status")
        yield Footer()

    def on_mount(self) -> None:
        scenarios = self.query_one("#history-scenarios", DataTable)
        scenarios.add_columns("Scenario", "Played", "Best", "Last", "Passed")
        sessions = self.query_one("#history-sessions", DataTable)
        sessions.add_columns("#", "Started", "Scenario", *SESSION_SCORES)
        self.load(None)

    @work(thread=True, exclusive=True, group="history")
    def load(self, scenario: str | None) -> None:
        try:
            store = self.source
            data = HistoryData(
                summaries=store.scenario_summaries(),
                recent=store.sessions(limit=RECENT_LIMIT, scenario_id=scenario),
                series=progress_series(store.progress(scenario)),
                scenario=scenario,
            )
        except RoleplayError as exc:  # a broken database is shown, never crashes the app
            self.post_message(HistoryFailed(exc.format()))
            return
        except Exception as exc:
            self.post_message(HistoryFailed(f"Could not read the history: {exc}"))
            return
        self.post_message(HistoryLoaded(data))

    def on_history_failed(self, message: HistoryFailed) -> None:
        self.query_one("#history-status", Static).update(literal(message.error, "red"))

    def on_history_loaded(self, message: HistoryLoaded) -> None:
        data = message.data
        scenarios = self.query_one("#history-scenarios", DataTable)
        if not scenarios.row_count:
            rows = [
                (
                    s.title,
                    [
                        str(s.sessions),
                        _score(s.best_overall),
                        _score(s.last_overall),
                        str(s.passed),
                    ],
                    f"scenario-{s.scenario_id}",
                    s.scenario_id,
                )
                for s in data.summaries
            ]
            width = _name_width(
                scenarios, ["Played", "Best", "Last", "Passed"], [r[1] for r in rows]
            )
            for title, cells, key, scenario_id in rows:
                self._scenario_rows[key] = scenario_id
                scenarios.add_row(_fit(title, width), *cells, key=key)
        sessions = self.query_one("#history-sessions", DataTable)
        sessions.clear()
        self._rows.clear()
        short_dates = self.size.width < WIDE
        session_rows = [
            (
                r,
                [str(r.id), _started(r.started_at, short_dates)],
                [
                    str(r.turn_count),
                    _score(r.listening),
                    _score(r.empathy),
                    _score(r.collaboration),
                    _score(r.overall),
                    r.status + (" ✓" if r.passed else ""),
                ],
            )
            for r in data.recent
        ]
        width = _name_width(
            sessions,
            ["#", "Started", *SESSION_SCORES],
            [[*before, *after] for _, before, after in session_rows],
        )
        for r, before, after in session_rows:
            key = f"session-{r.id}"
            self._rows[key] = r.id
            sessions.add_row(*before, _fit(r.title or r.scenario_id, width), *after, key=key)
        titles = {s.scenario_id: s.title for s in data.summaries}
        title = (
            "Progress"
            if data.scenario is None
            else f"Progress in {titles.get(data.scenario) or data.scenario}"
        )
        self.query_one(ProgressChart).show_series(data.series, title)
        shown = (
            f"{len(data.recent)} most recent"
            if len(data.recent) == RECENT_LIMIT
            else (f"{len(data.recent)}")
        )
        self.loaded = True
        self.query_one("#history-status", Static).update(
            f"{shown} session(s). Enter on a scenario: its chart · a: all · x: export "
            "the highlighted session · Esc: back"
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value or ""
        if key in self._scenario_rows:
            self.load(self._scenario_rows[key])

    def action_all_scenarios(self) -> None:
        self.load(None)

    def action_back(self) -> None:
        self.app.pop_screen()

    def selected_session(self) -> int | None:
        table = self.query_one("#history-sessions", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        return self._rows.get(key)

    def action_export(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            self.notify("No session to export.", timeout=3)
            return
        try:
            path = self.source.export_html(session_id)
        except Exception as exc:
            self.notify(f"Export failed: {exc}", severity="error", timeout=8)
            return
        self.notify(f"Exported session {session_id}: {path}", timeout=8)
