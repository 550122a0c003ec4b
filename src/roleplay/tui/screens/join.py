"""Workshop participants: the join form (display name, join code, consent) and the lobby.

The screens only collect input and show state; the app (``roleplay.tui.workshop_app``) checks
the code, records the participant and decides what comes next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Input, Static

from ..literal import literal

if TYPE_CHECKING:
    from ..workshop_app import ParticipantApp


class JoinScreen(Screen[None]):
    """Display name (+ join code when the host needs one) and consent to show the name."""

    SCOPE = "join"
    DEFAULT_CSS = """
    JoinScreen { align: center middle; }
    JoinScreen #join-box { width: 64; height: auto; border: round $accent; padding: 1 2; }
    JoinScreen Input { margin-bottom: 1; }
    JoinScreen #join-error { color: $error; height: auto; }
    JoinScreen Button { margin-top: 1; width: 100%; }
    """

    def __init__(self, workshop_name: str, *, needs_code: bool) -> None:
        super().__init__()
        self.workshop_name = workshop_name
        self.needs_code = needs_code

    @property
    def wapp(self) -> ParticipantApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="join-box"):
            title = Text("Join the workshop ", style="bold")
            title.append_text(literal(self.workshop_name, "bold"))
            yield Static(title)
            yield Static(Text("Your name as the facilitator will see it:", style="dim"))
            yield self.wapp.text_entry(Input(placeholder="Display name", max_length=40, id="name"))
            if self.needs_code:
                yield Static(Text("The join code on the facilitator's screen:", style="dim"))
                code = Input(placeholder="Join code", max_length=20, password=True, id="code")
                yield self.wapp.text_entry(code)
            yield Checkbox("Show my name in the group debrief", id="show-name")
            yield Static(
                Text('Unticked, your replies appear as "Participant N".', style="dim"),
                id="consent-note",
            )
            yield Static("", id="join-error")
            yield Button("Join", variant="primary", id="join")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "name" and self.needs_code and not self._code():
            self.query_one("#code", Input).focus()
            return
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()

    def _code(self) -> str:
        return self.query_one("#code", Input).value if self.needs_code else ""

    def submit(self) -> None:
        name = self.query_one("#name", Input).value
        show = self.query_one("#show-name", Checkbox).value
        problem = self.wapp.try_join(name, self._code(), show_name=show)
        if problem:
            self.show_error(problem)

    def show_error(self, text: str) -> None:
        self.query_one("#join-error", Static).update(literal(text))
        if self.needs_code and "code" in text.lower():
            box = self.query_one("#code", Input)
            box.value = ""
            box.focus()


class LobbyScreen(Screen[None]):
    """Waiting for the facilitator to open a round; polls the database every second or so."""

    SCOPE = "lobby"
    POLL_S = 1.5
    DEFAULT_CSS = """
    LobbyScreen { align: center middle; }
    LobbyScreen #lobby { width: 64; height: auto; border: round $accent; padding: 1 2; }
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__()
        self.person = name
        self.reason = reason

    @property
    def wapp(self) -> ParticipantApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        text = Text("Hello, ", style="bold")
        text.append_text(literal(self.person, "bold"))
        text.append(".\n\n")
        text.append(self.reason)
        text.append("\nThis screen moves on by itself when the facilitator starts a round.", "dim")
        yield Static(text, id="lobby")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(self.POLL_S, self.poll)

    def poll(self) -> None:
        if self.wapp.round_open():
            self.wapp.show_workshop_picker()
