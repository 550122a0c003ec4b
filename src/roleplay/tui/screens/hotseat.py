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


def speaker_bar(names: Sequence[str], turn: int, ended: bool, width: int | None = None) -> Text:
    """``Hot seat · Ann's turn (next: Bob)`` for the reply to ``turn`` (1-based), with every
    name rendered literally, in at most ``width`` cells: long names are cut with an ellipsis,
    the next player's first, then "(next: ...)" is left out, and whose turn it is comes last
    (at 80 columns two 40-character names ran off the screen)."""
    text = Text(" Hot seat · ", style="bold")
    if ended:
        text.append("conversation over: talk it through together", style="dim")
        return text
    current = speaker_of_turn(turn, names)
    following = speaker_of_turn(turn + 1, names) if len(names) > 1 else None
    for cur_cap, next_cap in _caps(current, following, width):
        bar = text.copy()
        bar.append_text(literal(_cut(current, cur_cap), "bold reverse"))
        bar.append("'s turn")
        if following is not None and next_cap > 0:
            bar.append("  (next: ", style="dim")
            bar.append_text(literal(_cut(following, next_cap), "dim"))
            bar.append(")", style="dim")
        if width is None or bar.cell_len <= width:
            return bar
    return bar


_SHORTEST = 8  # a name cut shorter than this says too little; the next name is dropped instead


def _caps(current: str, following: str | None, width: int | None) -> list[tuple[int, int]]:
    """How long each name may be, tried in order until the bar fits: both whole, the next
    player's cut down, no next player, then whose turn it is cut down."""
    whole = (len(current), len(following or ""))
    if width is None:
        return [whole]
    tries = [whole]
    if following is not None:
        tries += [(len(current), n) for n in range(len(following) - 1, _SHORTEST - 1, -1)]
    tries += [(n, 0) for n in range(len(current), 0, -1)]
    return tries


def _cut(name: str, cap: int) -> str:
    return name if len(name) <= cap else name[: max(1, cap - 1)].rstrip() + "…"


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
        width = bar.size.width or self.app.size.width
        bar.update(speaker_bar(self.names, self.session.turn + 1, self.session.ended, width))

    def on_resize(self) -> None:
        if self.is_mounted:
            self.update_speaker()

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
