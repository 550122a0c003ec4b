"""Offering to resume an unfinished session in the TUI, and continuing it.

- :class:`ResumeOfferScreen`: a small modal ("Resume session 12 of ...?"), which also says when
  the scenario file changed and offers the saved version or a restart on the new one.
- :class:`ResumedConversationScreen`: the normal conversation screen, started from a restored
  session with its transcript replayed into the chat.
- :class:`ResumeAwareApp`: the app, which shows the offer on start-up and keeps the recorder's
  mode in step with the conversation being played.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from roleplay.engine import CompiledScenario, Session, compile_scenario
from roleplay.storage import (
    ResumeCheck,
    SessionRecorder,
    SessionStore,
    restore_session,
)

from ..app import RoleplayApp
from ..literal import literal
from ..widgets.chat_log import ChatLog
from ..widgets.reply_input import ReplyInput
from ..widgets.side_panel import SidePanel
from .conversation import ConversationScreen


@dataclass(frozen=True)
class ResumeOffer:
    """An unfinished session to offer, and how its scenario file looks now."""

    store: SessionStore
    check: ResumeCheck
    description: str  # "session 12 of 'Push back…' (after turn 3, 2 hours ago)"
    direct: bool = False  # `roleplay resume`: go straight in unless the file changed

    @property
    def can_restart(self) -> bool:
        return self.check.changed and self.check.current is not None


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
        check = self.offer.check
        with Vertical(id="resume-dialog"):
            question = Text("You have an unfinished ", style="bold")
            question.append_text(literal(self.offer.description, "bold"))
            question.append("\nPick up exactly where you stopped?")
            yield Static(question)
            if check.changed:
                what = "was removed or no longer loads" if check.current is None else "has changed"
                yield Static(
                    f"The scenario file {what} since then. You can finish on the saved "
                    "version" + (", or restart on the new one." if self.offer.can_restart
                                  else "."),
                    classes="changed",
                )
            with Horizontal(id="resume-buttons"):
                label = "Resume (saved version)" if check.changed else "Resume"
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


class ResumedConversationScreen(ConversationScreen):
    """A conversation continuing a restored session; the transcript so far is replayed."""

    def __init__(self, session: Session, *, mode: str) -> None:
        super().__init__(session.compiled, mode=mode, seed=session.seed)
        self.session.close()  # the fresh session made by the base class is not used
        session.scorer = self.cache
        self.session = session

    def on_mount(self, event: events.Mount | None = None) -> None:
        if event is not None:
            event.prevent_default()  # replaces the base start-up (it shows no transcript)
        s = self.session
        chat = self.query_one(ChatLog)
        chat.note(literal(s.scenario.summary).plain)
        if s.turns:
            chat.counterpart(self.name_, s.turns[0].counterpart_line)
        else:
            chat.counterpart(self.name_, s.counterpart_line)
        for t in s.turns:
            bubble = chat.learner(t.reply, t.turn)
            chat.scored(bubble, t, coach=not self.exam)
            if t.next_line:
                chat.counterpart(self.name_, t.next_line, t.turn)
        chat.note(f"↷ Resumed after turn {s.turn}.")
        self._record("started", s)
        self.query_one(SidePanel).refresh_from_session()
        self.query_one(ReplyInput).focus()
        self._status()


class ResumeAwareApp(RoleplayApp):
    """The roleplay app plus the resume offer at start-up (see the module docstring)."""

    def __init__(
        self, scenario: CompiledScenario | None = None, *, offer: ResumeOffer | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(scenario, **kwargs)  # type: ignore[arg-type]
        self.offer = offer

    def on_mount(self, event: events.Mount | None = None) -> None:
        if event is not None:  # Textual would also run the base handler; it runs once, here
            event.prevent_default()
        offer = self.offer
        if offer is None:
            super().on_mount()
            return
        wanted = self.first_scenario
        self.first_scenario = None  # the picker goes underneath; the offer decides what's next
        super().on_mount()
        self.first_scenario = wanted
        if offer.direct and not offer.check.changed:
            self.resume_saved(offer)
        else:
            self.push_screen(ResumeOfferScreen(offer), self._offer_answered)

    def _offer_answered(self, choice: str | None) -> None:
        offer = self.offer
        assert offer is not None
        if choice == "resume":
            self.resume_saved(offer)
        elif choice == "restart" and offer.check.current is not None:
            self.push_screen(self._conversation(compile_scenario(offer.check.current),
                                                self._mode_of(offer)))
        elif self.first_scenario is not None:
            self.push_screen(self._conversation(self.first_scenario, self.mode))

    def _mode_of(self, offer: ResumeOffer) -> str:
        return "exam" if offer.check.record.mode == "exam" else "coach"

    def resume_saved(self, offer: ResumeOffer) -> None:
        record = offer.check.record
        session = restore_session(offer.store, record, offer.check.saved, self.scorer)
        if isinstance(self.recorder, SessionRecorder):
            self.recorder.adopt(session, record.id)
            self.recorder.mode = self._mode_of(offer)
        self.push_screen(ResumedConversationScreen(session, mode=self._mode_of(offer)))

    def _conversation(self, compiled: CompiledScenario, mode: str) -> ConversationScreen:
        if isinstance(self.recorder, SessionRecorder):
            self.recorder.mode = mode  # saved with the session when the screen starts it
        return super()._conversation(compiled, mode)
