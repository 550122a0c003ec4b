"""Hot-seat (pair) mode: one screen, several people taking turns at the same conversation.

The conversation is the ordinary one with a bar on top saying whose turn it is; the recorder
attributes each answered turn to that person (a rewound turn is answered again by them).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from roleplay.engine import Session
from roleplay.engine.rules import speaker_of_turn

from ..literal import literal
from ..messages import ReplyScored
from .conversation import ConversationScreen


def speaker_bar(names: Sequence[str], turn: int, ended: bool) -> Text:
    """``Hot seat · Ann's turn (next: Bob)`` for the reply to ``turn`` (1-based), with every
    name rendered literally."""
    text = Text(" Hot seat · ", style="bold")
    if ended:
        text.append("conversation over: talk it through together", style="dim")
        return text
    text.append_text(literal(speaker_of_turn(turn, names), "bold reverse"))
    text.append("'s turn")
    if len(names) > 1:
        text.append("  (next: ", style="dim")
        text.append_text(literal(speaker_of_turn(turn + 1, names), "dim"))
        text.append(")", style="dim")
    return text


class HotSeatConversation(ConversationScreen):
    DEFAULT_CSS = """
    HotSeatConversation #hotseat { height: 1; background: $accent 30%; }
    """

    def __init__(self, session: Session, *, names: Sequence[str]) -> None:
        super().__init__(session)
        self.names = tuple(names)
        self._announced = session.turn  # the turn whose player was last told it is theirs

    def compose(self) -> ComposeResult:
        yield Static(speaker_bar(self.names, self.session.turn + 1, False), id="hotseat")
        yield from super().compose()

    def reply_label(self, turn: int) -> str:
        """Each reply is headed by the player who gave it, so the screen shows who said what."""
        return speaker_of_turn(turn, self.names)

    def update_speaker(self) -> None:
        bar = self.query_one("#hotseat", Static)
        bar.update(speaker_bar(self.names, self.session.turn + 1, self.session.ended))

    async def on_reply_scored(self, message: ReplyScored) -> None:
        # ConversationScreen.on_reply_scored (run by Textual after this) applies the reply.
        self.call_later(self._next_speaker)

    def _next_speaker(self) -> None:
        self.update_speaker()
        if self.session.turn == self._announced:
            return  # the reply was not sent (asked first, then kept back): still their turn
        self._announced = self.session.turn
        if not self.session.ended:
            who = speaker_of_turn(self.session.turn + 1, self.names)
            self.notify(f"{who}, your turn.", timeout=3)

    def action_rewind(self) -> None:
        super().action_rewind()
        self._announced = self.session.turn
        self.update_speaker()
