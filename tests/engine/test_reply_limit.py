"""A reply over MAX_REPLY_CHARS is refused whole with RP604, never silently cut."""

from __future__ import annotations

import pytest

from roleplay.engine.session import MAX_REPLY_CHARS
from roleplay.errors import SessionError

from ..budget import new_session as _session


def test_a_reply_over_the_limit_is_refused_and_changes_nothing() -> None:
    session = _session()
    line, state, meters = session.counterpart_line, session.state, dict(session.meters)
    with pytest.raises(SessionError) as info:
        session.reply("I hear you. " + "x" * MAX_REPLY_CHARS)
    assert info.value.code == "RP604"
    assert "100,012 characters" in info.value.format() and "100,000" in info.value.format()
    assert (session.turn, session.counterpart_line, session.state, session.meters) == (
        0,
        line,
        state,
        meters,
    )
    with pytest.raises(SessionError):
        session.score_input("y" * (MAX_REPLY_CHARS + 1))


def test_a_reply_at_the_limit_is_kept_whole() -> None:
    session = _session()
    text = "I hear you. " + "x" * (MAX_REPLY_CHARS - 12)
    assert session.reply(text).reply == text
