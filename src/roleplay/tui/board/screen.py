"""The board screen: round bar, participants, heat map; keys for rounds, reveal and export."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from roleplay.errors import RoleplayError
from roleplay.report.board_moments import MomentNamer
from roleplay.storage.workshop import current_board

from ..literal import literal
from ..widgets.table import Table
from .messages import SnapshotFailed, SnapshotTaken
from .widgets import HeatMap, fit_widths, participant_row, round_text

if TYPE_CHECKING:
    from .app import BoardApp

COLUMNS = ("Participant", "Scenario", "Where they are", "Turns", "L", "E", "C", "Overall")
TEXT_COLUMNS = 3  # the first three give way to the screen's width (widgets.fit_widths)
SCROLLBAR = 2  # kept free for the table's vertical scroll bar


class BoardScreen(Screen[None]):
    BINDINGS = [
        Binding("s", "start_round", "Start round"),
        Binding("x", "stop_round", "Stop round"),
        Binding("d", "reveal", "Reveal debrief"),
        Binding("a", "toggle_all", "All rounds"),
        Binding("q", "app.quit", "Quit"),
        # Last, so at 80 columns (a projector's big font) the footer cuts these two, not quit:
        # the debrief screen (d) shows them in its footer too.
        Binding("e", "export('html')", "Export HTML"),
        Binding("m", "export('md')", "Export Markdown"),
    ]
    DEFAULT_CSS = """
    BoardScreen #round { height: auto; background: $boost; }  /* wraps: never cut the counts */
    BoardScreen #people { height: 1fr; }
    BoardScreen #heat-title { height: 1; margin-top: 1; color: $text-muted; }
    BoardScreen #heat { height: auto; max-height: 14; }
    BoardScreen #refresh { height: 1; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.all_rounds = False
        self.last_seconds: float | None = None
        self.namer: MomentNamer | None = None  # made on the poll worker, used only there
        self._rows: list[tuple[str, tuple[Text, ...]]] = []
        self._widths: list[int | None] = []

    @property
    def board(self) -> BoardApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(id="round")
        table: Table[Text] = Table(id="people", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("Where the room struggled (worst first)", id="heat-title")
        yield HeatMap(id="heat")
        yield Static("", id="refresh")
        yield Footer()

    def on_mount(self) -> None:
        self._set_columns([None] * TEXT_COLUMNS)
        self.refresh_now()

    def _set_columns(self, widths: list[int | None]) -> None:
        """(Re)make the columns: the text ones at ``widths`` (None: as wide as their text)."""
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for i, name in enumerate(COLUMNS):
            table.add_column(name, key=name, width=widths[i] if i < TEXT_COLUMNS else None)
        self._widths = widths

    def _fit_columns(self, rows: list[tuple[Text, ...]]) -> None:
        """Text columns narrow enough that every column shows at the table's width (at 80
        columns the numbers ran off the screen behind a long name); the rest is cut with an
        ellipsis. Rows are added again after a change of widths."""
        table = self.query_one(DataTable)
        room = (table.size.width or self.app.size.width) - SCROLLBAR
        pad = 2 * table.cell_padding
        wanted = [
            max([cell_len(name), *(row[i].cell_len for row in rows)])
            for i, name in enumerate(COLUMNS)
        ]
        numbers = sum(w + pad for w in wanted[TEXT_COLUMNS:])
        natural = wanted[:TEXT_COLUMNS]
        fitted = fit_widths(natural, room - numbers - pad * TEXT_COLUMNS)
        widths: list[int | None] = [
            None if w >= n else w for w, n in zip(fitted, natural, strict=True)
        ]
        if widths != self._widths:
            self._set_columns(widths)
        self.set_interval(self.board.interval, self.refresh_now)

    def refresh_now(self) -> None:
        self.poll()

    @work(thread=True, exclusive=True, group="poll")
    def poll(self) -> None:
        started = time.perf_counter()
        store = self.board.store
        try:
            rounds, snap = current_board(store, self.board.workshop.id, all_rounds=self.all_rounds)
            self.namer = self.namer or MomentNamer(store.conn)
            words = self.namer.words(snap)
        except RoleplayError as exc:  # the board keeps running through a locked or busy moment
            self.post_message(SnapshotFailed(exc.format()))  # with its code and what to do
            return
        except Exception as exc:
            self.post_message(SnapshotFailed(str(exc)))
            return
        self.post_message(SnapshotTaken(snap, rounds, time.perf_counter() - started, words))

    def on_snapshot_taken(self, message: SnapshotTaken) -> None:
        snap = message.snapshot
        self.last_seconds = message.seconds
        self.board.rounds = message.rounds
        self.board.snapshot = snap
        self.query_one("#round", Static).update(
            round_text(self.board.workshop.name, message.rounds, snap)
        )
        self._rows = [
            (str(p.id), participant_row(p, message.words.people.get(p.id)))
            for p in snap.participants
        ]
        self._show_rows()
        self.query_one(HeatMap).show(snap.heat, message.words)
        scope = "all rounds" if self.all_rounds else "this round"
        self.query_one("#refresh", Static).update(
            f"Showing {scope}; refreshed in {1000 * message.seconds:.0f} ms"
        )

    def _show_rows(self) -> None:
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        self._fit_columns([row for _, row in self._rows])
        table.clear()
        for key, row in self._rows:
            table.add_row(*row, key=key)
        if self._rows:
            table.move_cursor(row=min(cursor, len(self._rows) - 1))

    def on_resize(self) -> None:
        if self.is_mounted:
            self._show_rows()

    def on_snapshot_failed(self, message: SnapshotFailed) -> None:
        self.query_one("#refresh", Static).update(literal(f"Refresh failed: {message.error}"))

    # -- actions ---------------------------------------------------------------------------
    def action_start_round(self) -> None:
        rnd = self.board.store.start_round(self.board.workshop.id)
        self.notify(f"Round {rnd.number} started.")
        self.refresh_now()

    def action_stop_round(self) -> None:
        rnd = self.board.store.stop_round(self.board.workshop.id)
        self.notify("No round was open." if rnd is None else f"Round {rnd.number} stopped.")
        self.refresh_now()

    def action_toggle_all(self) -> None:
        self.all_rounds = not self.all_rounds
        self.refresh_now()

    def action_reveal(self) -> None:
        self.board.reveal_debrief(self.all_rounds)

    def action_export(self, fmt: str) -> None:
        try:
            path = self.board.export(fmt, self.all_rounds)
        except RoleplayError as exc:  # RP724/RP725: nothing was written
            self.notify(exc.format(), severity="error", timeout=8)
            return
        self.notify(f"Group debrief written to {path}", timeout=8)
