"""Offering to resume an unfinished session in the TUI, and continuing it.

- :class:`ResumeOffer`: what the screen is given about the unfinished session. Storage's
  ``ResumePlan`` (from the core's ``plan_resume``) is one; the screen never touches storage,
  and every word and decision comes from the plan.
- :class:`ResumeOfferScreen`: a small modal with the plan's question, which also says when the
  scenario file changed and offers the saved version or a restart on the new one.
The app that shows the offer on start-up is :class:`roleplay.tui.resume_app.ResumeAwareApp`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..literal import literal

if TYPE_CHECKING:
    from roleplay.engine import Session, SessionObserver
    from roleplay.scoring.types import Scorer


class ResumeOffer(Protocol):
    """An unfinished session to offer (``roleplay.storage.resume_plan.ResumePlan``)."""

    @property
    def question(self) -> str: ...  # "You have an unfinished session 12 of ... ?"

    @property
    def change_notice(self) -> str | None: ...  # the scenario file changed (None: it did not)

    @property
    def can_restart(self) -> bool: ...  # changed, and the new file loads

    @property
    def ask_first(self) -> bool: ...  # False: `roleplay resume` goes straight in

    def resume(self, scorer: Scorer, observers: Iterable[SessionObserver] = ()) -> Session: ...

    def start_again(self, scorer: Scorer, observers: Iterable[SessionObserver] = ()) -> Session: ...


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
        notice = offer.change_notice
        with Vertical(id="resume-dialog"):
            yield Static(literal(offer.question, "bold"))
            if notice is not None:
                yield Static(literal(notice), classes="changed")
            with Horizontal(id="resume-buttons"):
                label = "Resume (saved version)" if notice is not None else "Resume"
                yield Button(label, id="resume", variant="primary")
                if offer.can_restart:
                    yield Button("Restart on the new version", id="restart")
                yield Button("Not now", id="dismiss")

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "dismiss")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
