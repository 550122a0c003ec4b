"""`roleplay dev`'s commands: its help (DEV_HELP) lists every command dev mode accepts, built
from the table its command handling reads, so the two cannot drift (it left out /scores and
/end); /end ends the conversation and keeps the dev session, as an ending does."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from roleplay.cli.dev_session import DEV_COMMANDS, DEV_HELP
from roleplay.plain import HELP
from roleplay.report.console import Printer

from .test_dev_reload import started_loop

WORD = re.compile(r"(?<![\w/])/[a-z?]+")


def _accepted() -> list[str]:
    return [word for words, _ in DEV_COMMANDS for word in words]


def test_the_help_names_every_command_of_the_table() -> None:
    named = set(WORD.findall(DEV_HELP))
    firsts = {words[0] for words, _ in DEV_COMMANDS}
    assert firsts <= named, firsts - named
    assert named <= set(_accepted()), named - set(_accepted())
    for must in ("/restart", "/lint", "/hint", "/rewind", "/scores", "/end", "/quit", "/help"):
        assert must in named, must


def test_every_command_of_the_line_mode_is_in_dev_modes_table() -> None:
    """What play's line mode lists (plain.HELP) dev mode accepts too: a command added there
    and not here fails this test instead of going missing from dev's help."""
    assert set(WORD.findall(HELP)) <= set(_accepted())


def test_every_command_of_the_table_is_accepted_and_an_unknown_one_lists_them(
    tmp_path: Path,
) -> None:
    for word in _accepted():
        if word in ("/quit", "/exit", "/q"):
            continue
        _, buf, loop = started_loop(tmp_path)
        assert loop.handle(word + "\n") is True, word
        assert "Unknown command" not in buf.getvalue(), (word, buf.getvalue())
    _, buf, loop = started_loop(tmp_path)
    assert loop.handle("/bogus\n") is True
    said = buf.getvalue()
    assert "Unknown command '/bogus'" in said and "/restart" in said.split("/bogus")[-1]
    _, buf, loop = started_loop(tmp_path)
    assert loop.handle("/quit\n") is False


def test_end_ends_the_conversation_and_keeps_dev_mode(tmp_path: Path) -> None:
    _, buf, loop = started_loop(tmp_path)
    loop.handle("hello\n")
    assert loop.handle("/end\n") is True  # the dev session goes on
    assert loop.session is not None and loop.session.ended
    assert "/restart to play again" in buf.getvalue()
    loop.handle("/restart\n")
    assert loop.session is not None and not loop.session.ended and not loop.session.turns


def test_dev_mode_lists_its_own_commands_not_plays(tmp_path: Path) -> None:
    """A trainer in `roleplay dev` read play's command line under the opening and again under
    /help ("/end (end it here)", "/quit (stop for now)": as if the session were kept to resume)
    beside dev mode's own ("/end (end this conversation)", "/quit (leave dev mode)"), and play's
    line left out /restart and /lint (writer21). Dev mode now says its own list only: its opening
    has no play line, /help and an unknown command give dev mode's, in text and in JSON."""
    _, buf, loop = started_loop(tmp_path)
    opening = buf.getvalue()
    assert "stop for now" not in opening and "end it here" not in opening
    loop.handle("/help\n")
    said = buf.getvalue()[len(opening) :]
    assert said.count(DEV_HELP) == 1
    assert "stop for now" not in said and "end it here" not in said
    assert "/restart" in said and "/lint" in said and "Each reply is scored" in said
    _, buf, loop = started_loop(tmp_path)
    loop.front.json_mode = True  # type: ignore[union-attr]
    loop.json_mode = True
    loop.handle("/help\n")
    (event,) = [json.loads(line) for line in buf.getvalue().splitlines() if line.startswith("{")]
    assert event["about"] == "help" and event["message"].startswith(DEV_HELP)
    assert "stop for now" not in event["message"]


def test_play_keeps_its_command_line(tmp_path: Path) -> None:
    """Outside dev mode nothing changed: play's line mode shows play's commands."""
    from roleplay.plain import PlainFrontEnd

    _, _, loop = started_loop(tmp_path)
    assert loop.session is not None
    buf = io.StringIO()
    front = PlainFrontEnd(loop.session, Printer(buf, False))
    front.opening()
    front.command("/help")
    assert buf.getvalue().count(HELP) == 2
