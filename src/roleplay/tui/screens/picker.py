"""The scenario picker: type to filter, arrows to move, Enter to start; coach/exam switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from roleplay.engine.rules import other_mode
from roleplay.scenario.catalogue import CatalogueEntry, cached_catalogue, load_catalogue
from roleplay.scenario.library import library_dir

from ..keymap import bindings_for
from ..literal import literal
from ..messages import CatalogueLoaded, CatalogueRead, ScenarioChosen
from ..widgets.bars import level_style
from ..widgets.keys_footer import KeysFooter
from ..widgets.table import Table

if TYPE_CHECKING:
    from ..app import RoleplayApp

# The title column's widest: a longer title is cut with "…" (the detail below shows it whole),
# so Level, States and Best stay on screen at 80 columns.
TITLE_CELLS = 50

READING = "Reading the scenarios…"

MODE_TEXT = {
    "coach": "coach — scores, evidence and hints after every reply",
    "exam": "exam — no scores or hints until the debrief",
}


class PickerScreen(Screen[None]):
    SCOPE = "picker"
    BINDINGS = [
        *bindings_for("picker"),
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "move(-5)", show=False),
        Binding("pagedown", "move(5)", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[CatalogueEntry] = []
        self.left = False  # another screen was shown over this one
        self.reading = READING  # what the detail says while the library is read

    def on_screen_suspend(self) -> None:
        self.left = True

    @property
    def rp_app(self) -> RoleplayApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        title = Text(" roleplay", style="bold")
        title.append("  practise hard work conversations", style="dim")
        yield Static(title, id="topbar")
        yield self.rp_app.text_entry(Input(placeholder="Type to filter scenarios…", id="filter"))
        table: Table[Text] = Table(id="scenarios", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(id="detail")
        yield Static(id="mode")
        yield KeysFooter()

    async def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Scenario", key="title")
        table.add_column("Level", key="level")
        table.add_column("States", key="states")
        table.add_column("Best", key="best")
        self._show_mode()
        self.set_focus(self.query_one(Input))  # now, so the footer shows the filter box's keys
        if self.rp_app.catalogue is None:
            # Unchanged files come from the catalogue's cache (a few stat calls, no YAML): the
            # list is in the first paint. Otherwise paint first; the loader imports pydantic.
            self.rp_app.catalogue = cached_catalogue(self.rp_app.scenario_dir)
        if self.rp_app.catalogue is None:
            self.query_one("#detail", Static).update(Text(READING, style="dim"))
            self.call_after_refresh(self.load)
        else:
            self._fill()
            self.call_after_refresh(self.rp_app.warm_up)
        await self.query_one(KeysFooter).show_keys()  # in the first paint

    def on_screen_resume(self) -> None:
        """Back from a conversation: a fresh list (Best may have changed) and a clear filter.

        The filter was typed to find the scenario just played; kept, it would hide the rest of
        the library from someone who came back to pick another one. The first time the screen
        is shown the list was just filled (filling it twice cost the first paint a frame).
        """
        if self.rp_app.catalogue is None or not self.left:
            return
        box = self.query_one(Input)
        with box.prevent(Input.Changed):
            box.value = ""
        self._fill()
        box.focus()

    @work(thread=True, exclusive=True, group="catalogue")
    def load(self) -> None:
        def read(done: int, total: int) -> None:
            self.post_message(CatalogueRead(done, total))

        self.post_message(CatalogueLoaded(load_catalogue(self.rp_app.scenario_dir, progress=read)))

    def on_catalogue_read(self, message: CatalogueRead) -> None:
        """How far the cold read is, until the list replaces it: a library of hundreds of
        files takes seconds, and a bare "Reading…" looked stuck."""
        if self.rp_app.catalogue is None:
            self.reading = f"{READING} {message.done} of {message.total} files"
            self.query_one("#detail", Static).update(Text(self.reading, style="dim"))

    def on_catalogue_loaded(self, message: CatalogueLoaded) -> None:
        self.rp_app.catalogue = message.entries
        self._fill()
        self.call_after_refresh(self.rp_app.warm_up)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        needle = self.query_one(Input).value
        entries = self.rp_app.catalogue or []
        ranked = [(rank, e) for e in entries if (rank := e.match_rank(needle)) is not None]
        self.shown = [e for _, e in sorted(ranked, key=lambda pair: pair[0])]  # titles first
        best = self.rp_app.best_scores or {}
        table.clear()
        for i, e in enumerate(self.shown):
            if e.playable:
                title = literal(e.title)
                title.truncate(TITLE_CELLS, overflow="ellipsis")
                level = Text(e.difficulty)
                states = Text(str(e.states), justify="right")
                best_text = _best_cell(best.get(e.id))
            else:
                title = literal(e.path.name if e.path else e.id, "dim")
                title.truncate(TITLE_CELLS, overflow="ellipsis")
                level = Text("broken", style="bold #d8435c")
                states = Text("")
                best_text = Text("")
            table.add_row(title, level, states, best_text, key=str(i))
        self._show_detail()

    def show_best_scores(self) -> None:
        """The app's best scores arrived (storage opens after the first paint): the Best column
        is updated in place, the cursor and the filter stay."""
        table = self.query_one(DataTable)
        best = self.rp_app.best_scores or {}
        for i, e in enumerate(self.shown):
            if e.playable:
                table.update_cell(str(i), "best", _best_cell(best.get(e.id)))

    def _highlighted(self) -> CatalogueEntry | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        e = self._highlighted()
        if e is None:
            if self.rp_app.catalogue is None:
                msg = self.reading
            elif not self.rp_app.catalogue:
                folder = self.rp_app.scenario_dir or library_dir()
                msg = f"No scenario files in {folder}: set ROLEPLAY_SCENARIOS to a folder of them."
            else:
                msg = "No scenario matches the filter."
            detail.update(literal(msg, "dim"))
            return
        if e.error:
            text = Text("This file cannot be played:\n", style="bold #d8435c")
            text.append_text(literal(e.error))
            detail.update(text)
            return
        text = literal(e.title, "bold")
        text.append("\n")
        text.append_text(literal(e.summary))
        text.append("\nYou talk to: ", style="dim")
        text.append_text(literal(e.counterpart))
        detail.update(text)

    def _show_mode(self) -> None:
        mode = self.rp_app.mode
        text = Text("Mode: ", style="bold")
        text.append(MODE_TEXT.get(mode, mode))
        if self.rp_app.mode_set_by is not None:
            text.append(f"  (set by {self.rp_app.mode_set_by})", style="dim")
        else:
            text.append(f"  ({self.rp_app.key('picker', 'toggle_mode')} switches)", style="dim")
        text.append("\nType to filter · ↑↓ to choose · Enter to start", style="dim")
        self.query_one("#mode", Static).update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_start()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_start()

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        if self.shown:
            row = max(0, min(len(self.shown) - 1, table.cursor_row + delta))
            table.move_cursor(row=row)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No mode key where the mode is someone else's choice (a workshop's facilitator)."""
        return not (action == "toggle_mode" and self.rp_app.mode_set_by is not None)

    def action_toggle_mode(self) -> None:
        if self.rp_app.mode_set_by is not None:
            return
        self.rp_app.mode = other_mode(self.rp_app.mode)
        self._show_mode()

    def action_start(self) -> None:
        e = self._highlighted()
        if e is None:
            return
        if not e.playable:
            self.notify(e.error or "This scenario cannot be played.", severity="error")
            return
        self.post_message(ScenarioChosen(e, self.rp_app.mode))


def _best_cell(score: int | None) -> Text:
    if score is None:
        return Text("–", style="dim", justify="right")
    return Text(str(score), style=level_style(score), justify="right")
