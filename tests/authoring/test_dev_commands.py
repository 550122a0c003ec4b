"""`roleplay dev`'s commands: its help (DEV_HELP) lists every command dev mode accepts, built
from the table its command handling reads, so the two cannot drift (it left out /scores and
/end); /end ends the conversation and keeps the dev session, as an ending does."""

from __future__ import annotations

import re
from pathlib import Path

from roleplay.cli.dev_session import DEV_COMMANDS, DEV_HELP
from roleplay.plain import HELP

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
