"""What the chat shows when a conversation opens: the summary, the counterpart's first line and,
for a restored session, its transcript so far."""

from __future__ import annotations

from roleplay.engine import Session
from roleplay.engine.heard import heard_line

from ..literal import literal
from ..widgets.chat_log import ChatLog


def show_opening(chat: ChatLog, session: Session, *, coach: bool) -> None:
    """Fill ``chat`` in one go (the caller holds ``chat.together()``)."""
    sc = session.scenario
    name = sc.counterpart.name
    chat.note(literal(sc.summary).plain)
    first_line = session.turns[0].counterpart_line if session.turns else session.counterpart_line
    chat.counterpart(name, first_line)
    for t in session.turns:  # a restored session: its transcript so far
        bubble = chat.learner(t.reply, t.turn)
        heard = heard_line(sc, t.intents, scored=t.score.scored, turn=t)
        chat.scored(bubble, t, coach=coach, heard=heard)
        if t.next_line:
            chat.counterpart(name, t.next_line, t.turn)
    if session.turns:
        chat.note(f"↷ Resumed after turn {session.turn}.")
