"""The board screen: round bar, participants, heat map; keys for rounds, reveal and export."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

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
from .widgets import HeatMap, participant_row, round_text

if TYPE_CHECKING:
    from .app import BoardApp

COLUMNS = ("Participant", "Scenario", "Where they are", "Turns", "L", "E", "C", "Overall")


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
    BoardScreen #round { height: 1; background: $boost; }
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
        table = self.query_one(DataTable)
        for name in COLUMNS:
            table.add_column(name, key=name)
        self.refresh_now()
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
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear()
        for p in snap.participants:
            table.add_row(*participant_row(p, message.words.people.get(p.id)), key=str(p.id))
        if snap.participants:
            table.move_cursor(row=min(cursor, len(snap.participants) - 1))
        self.query_one(HeatMap).show(snap.heat, message.words)
        scope = "all rounds" if self.all_rounds else "this round"
        self.query_one("#refresh", Static).update(
            f"Showing {scope}; refreshed in {1000 * message.seconds:.0f} ms"
        )

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
