"""``roleplay board``: the facilitator's app. Polls the shared database; never writes turns."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from roleplay.report.export_file import own_folder
from roleplay.report.formats import write_export
from roleplay.report.group_debrief import GroupDebrief, build_group_debrief
from roleplay.report.group_export import to_html, to_markdown
from roleplay.storage.paths import exports_dir
from roleplay.storage.workshop import BoardSnapshot, WorkshopStore, group_rows
from roleplay.storage.workshop.store import Round, Workshop

from ..close_signals import INTERRUPTED_CODE, CloseSignals
from ..literal import LiteralNotifyApp
from .debrief_screen import GroupDebriefScreen
from .help_screen import BoardHelpScreen
from .screen import BoardScreen


class BoardApp(LiteralNotifyApp):
    TITLE = "roleplay board"
    # F1 opens help in every roleplay app; the board's footer has no room for it at 80 columns
    BINDINGS = [Binding("f1,question_mark", "help", "Help", show=False)]

    def __init__(
        self,
        store: WorkshopStore,
        workshop: Workshop,
        *,
        interval: float = 1.0,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.workshop = workshop
        self.interval = max(0.2, interval)
        self.export_dir = export_dir
        self.rounds: list[Round] = []
        self.snapshot: BoardSnapshot | None = None
        # a kill or a closed terminal window ends the board as q does (the terminal is put
        # back; it holds nothing unsaved), with the exit code of an interruption
        self._close_signals = CloseSignals(self._signalled)

    def on_mount(self) -> None:
        self._close_signals.install()
        self.push_screen(BoardScreen())

    def on_unmount(self) -> None:
        self._close_signals.remove()

    def _signalled(self, name: str) -> None:
        self.exit(INTERRUPTED_CODE, return_code=INTERRUPTED_CODE)

    def action_help(self) -> None:
        keys = [b for b in BoardScreen.BINDINGS if isinstance(b, Binding)]
        self.push_screen(BoardHelpScreen(keys))

    def group_debrief(self, all_rounds: bool) -> GroupDebrief:
        rounds = self.store.rounds(self.workshop.id)
        current = None if all_rounds or not rounds else rounds[-1]
        return build_group_debrief(
            group_rows(self.store.conn, self.workshop.id, None if current is None else current.id),
            workshop=self.workshop.name,
            round_number=None if current is None else current.number,
        )

    def reveal_debrief(self, all_rounds: bool) -> None:
        rounds = self.store.rounds(self.workshop.id)
        if rounds and not all_rounds:
            self.store.reveal(rounds[-1].id)
        self.push_screen(
            GroupDebriefScreen(to_markdown(self.group_debrief(all_rounds)), all_rounds)
        )

    def export(self, fmt: str, all_rounds: bool) -> Path:
        debrief = self.group_debrief(all_rounds)
        folder = self.export_dir or own_folder(exports_dir())
        which = "all" if debrief.round_number is None else f"round{debrief.round_number}"
        path = folder / f"group-debrief-{self.workshop.id}-{which}.{fmt}"
        text = to_html(debrief) if fmt == "html" else to_markdown(debrief)
        return write_export(text, path, self.store.path)
