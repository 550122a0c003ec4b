"""Ctrl+C and a closed pipe end any command quietly: one line (or nothing), never a traceback."""

from __future__ import annotations

import pytest

from roleplay.cli import main, sessions


def _raising(exc: BaseException) -> object:
    def command(args: object) -> int:
        raise exc

    return command


def test_ctrl_c_says_interrupted_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sessions, "run_history", _raising(KeyboardInterrupt()))
    assert main(["history"]) == 130
    captured = capsys.readouterr()
    assert captured.err.strip() == "error: interrupted" and captured.out == ""


def test_a_reader_that_goes_away_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roleplay history | head -1`: the pipe closes under the command; exit 0, no error."""
    monkeypatch.setattr(sessions, "run_history", _raising(BrokenPipeError()))
    assert main(["history"]) == 0
    assert capsys.readouterr().err == ""
