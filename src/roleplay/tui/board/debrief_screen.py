"""The group debrief on the board (for the projector): Markdown, user text escaped."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown

from roleplay.errors import RoleplayError


class GroupDebriefScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,b", "app.pop_screen", "Back to board"),
        Binding("e", "export('html')", "Export HTML"),
        Binding("m", "export('md')", "Export Markdown"),
    ]

    def __init__(self, markdown: str, all_rounds: bool) -> None:
        super().__init__()
        self.markdown = markdown
        self.all_rounds = all_rounds

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(self.markdown, id="group-debrief")
        yield Footer()

    def action_export(self, fmt: str) -> None:
        try:
            path = self.app.export(fmt, self.all_rounds)  # type: ignore[attr-defined]
        except RoleplayError as exc:  # RP724/RP725: nothing was written
            self.notify(exc.format(), severity="error", timeout=8)
            return
        self.notify(f"Group debrief written to {path}", timeout=8)
