"""Offering to resume an unfinished session in the TUI, and continuing it.

- :class:`ResumeOffer`: what the front end is told about the unfinished session (built by the
  caller from storage's resume check; this screen never touches storage itself).
- :class:`ResumeOfferScreen`: a small modal ("Resume session 12 of ...?"), which also says when
  the scenario file changed and offers the saved version or a restart on the new one.
The app that shows the offer on start-up is :class:`roleplay.tui.resume_app.ResumeAwareApp`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from roleplay.engine import CompiledScenario, Session, SessionObserver
from roleplay.scoring.types import Scorer

from ..literal import literal


@dataclass(frozen=True)
class ResumeOffer:
    """An unfinished session to offer: how to describe it and how to continue it."""

    description: str  # "session 12 of 'Push back…' (after turn 3, 2 hours ago)"
    mode: str  # the mode it was played in
    resume: Callable[[Scorer, Iterable[SessionObserver]], Session]  # on the saved version
    changed: bool = False  # the scenario file changed (or is gone) since it started
    restart: Callable[[], CompiledScenario] | None = None  # the changed file, when it loads
    direct: bool = False  # `roleplay resume`: go straight in unless the file changed

    @property
    def can_restart(self) -> bool:
        return self.changed and self.restart is not None


class ResumeOfferScreen(ModalScreen[str]):
    """Answers "resume" (on the saved version), "restart" (on the changed file) or "dismiss"."""

    BINDINGS = [
        Binding("escape,n", "choose('dismiss')", "Not now"),
        Binding("y", "choose('resume')", "Resume"),
    ]
    DEFAULT_CSS = """
    ResumeOfferScreen { align: center middle; }
    ResumeOfferScreen #resume-dialog { width: 72; height: auto; padding: 1 2;
        border: thick $accent; background: $surface; }
    ResumeOfferScreen #resume-buttons { height: auto; margin-top: 1; }
    ResumeOfferScreen Button { margin-right: 2; }
    ResumeOfferScreen .changed { color: $warning; margin-top: 1; }
    """

    def __init__(self, offer: ResumeOffer) -> None:
        super().__init__()
        self.offer = offer

    def compose(self) -> ComposeResult:
        offer = self.offer
        with Vertical(id="resume-dialog"):
            question = Text("You have an unfinished ", style="bold")
            question.append_text(literal(self.offer.description, "bold"))
            question.append("\nPick up exactly where you stopped?")
            yield Static(question)
            if offer.changed:
                what = "has changed" if offer.can_restart else "was removed or no longer loads"
                yield Static(
                    f"The scenario file {what} since then. You can finish on the saved "
                    "version" + (", or restart on the new one." if self.offer.can_restart
                                  else "."),
                    classes="changed",
                )
            with Horizontal(id="resume-buttons"):
                label = "Resume (saved version)" if offer.changed else "Resume"
                yield Button(label, id="resume", variant="primary")
                if self.offer.can_restart:
                    yield Button("Restart on the new version", id="restart")
                yield Button("Not now", id="dismiss")

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "dismiss")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
