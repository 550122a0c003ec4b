"""A reply the scorer cannot read is sent only after a yes, when a person types it.

Found in review: a stray emoji or "?" sent by mistake is a turn that earns nothing (by design,
docs/scoring.md), and in budget_pushback it can take a `< 30` transition and end the session
with a failure debrief about a reply the learner never meant to give. Typed at a terminal it is
now asked about first; scripts, pipes and `--json` are unchanged.
"""

from __future__ import annotations

import io
import os

import pytest

from roleplay.engine.unscored_send import confirmed, question
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.storage.store import SessionStore

from ..budget import GOOD_REPLIES, ReadingScorer, new_session
from .terminal_output import close_terminal, play_budget_plain, read_until


def _front(*, confirm: bool) -> tuple[PlainFrontEnd, io.StringIO]:
    session = new_session()
    session.scorer = ReadingScorer()
    out = io.StringIO()
    return PlainFrontEnd(session, Printer(out, False), asks_first=confirm), out


def test_the_question_says_why_and_only_yes_sends() -> None:
    assert question("no_words") == (
        "That reply can't be scored (no words: emoji, numbers or symbols only). Sent, it counts "
        "as a turn that earns nothing. Send anyway? y/N"
    )
    assert "in French; the scorer reads English only" in question("language:fr")
    assert "random keys" in question("gibberish")
    assert confirmed("y") and confirmed(" YES\n")
    assert not any(confirmed(a) for a in ("", "\n", "n", "no", "yes please", None))


def test_typed_at_a_terminal_an_unreadable_reply_is_asked_about_first() -> None:
    front, out = _front(confirm=True)
    session = front.session
    front.run(["🙂\n", "n\n", "?\n", "y\n", GOOD_REPLIES[0] + "\n", "/quit\n"])
    text = out.getvalue()
    assert text.count("Send anyway? y/N") == 2
    assert "Not sent. Type another reply." in text
    first, second = session.turns
    assert first.reply == "?" and not first.score.scored  # sent anyway: earns nothing, as before
    assert second.reply == GOOD_REPLIES[0] and second.score.scored
    assert "🙂" not in [t.reply for t in session.turns]


def test_a_readable_reply_is_never_asked_about() -> None:
    front, out = _front(confirm=True)
    front.run([GOOD_REPLIES[0] + "\n", "/quit\n"])
    assert "Send anyway" not in out.getvalue() and front.session.turn == 1


@pytest.mark.parametrize("json_mode", [False, True])
def test_scripted_input_is_sent_as_before(json_mode: bool) -> None:
    front, out = _front(confirm=False)
    front.json_mode = json_mode
    front.run(["🙂\n", "n\n"])
    assert "Send anyway" not in out.getvalue()
    assert [t.reply for t in front.session.turns] == ["🙂", "n"]
    assert not front.session.turns[0].score.scored


def test_in_a_real_terminal_plain_mode_asks_and_keeps_the_reply_back() -> None:
    # the real scorer: the fixed test scorer reads anything (it is what decides "unreadable")
    proc, parent = play_budget_plain(ROLEPLAY_SCORER="semantic")
    seen = bytearray()
    try:
        read_until(parent, b"> ", seen)
        os.write(parent, "🙂\n".encode())
        read_until(parent, b"Send anyway? y/N", seen)
        os.write(parent, b"\n")  # Enter: the default is no
        read_until(parent, b"Not sent.", seen)
        os.write(parent, b"/quit\n")
        assert proc.wait(timeout=120) == 0
    finally:
        close_terminal(proc, parent)
    with SessionStore.open() as store:
        assert store.sessions() == [] or all(s.turn_count == 0 for s in store.sessions())


def test_typed_at_a_terminal_end_asks_first_as_the_tui_does() -> None:
    """probe19: /end abandoned the conversation for good (it cannot be resumed) at once, where
    the TUI's F5 asks first; at a terminal it now asks the same question."""
    front, out = _front(confirm=True)
    session = front.session
    front.run([GOOD_REPLIES[0] + "\n", "/end\n", "n\n", GOOD_REPLIES[1] + "\n", "/end\n", "y\n"])
    text = out.getvalue()
    assert text.count("End the conversation with Dana here?") == 2
    assert "Not ended: the conversation goes on." in text
    assert session.turn == 2 and session.outcome == "abandoned"


def test_from_a_script_end_ends_at_once() -> None:
    front, out = _front(confirm=False)
    front.run([GOOD_REPLIES[0] + "\n", "/end\n", "n\n"])
    assert "End the conversation" not in out.getvalue()
    assert front.session.outcome == "abandoned" and front.session.turn == 1
