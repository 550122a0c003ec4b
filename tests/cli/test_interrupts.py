"""Ctrl+C and a closed pipe end any command quietly: one line (or nothing), never a traceback."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from roleplay.cli import main, sessions

from ..budget import PLAY_BUDGET


def _raising(exc: BaseException) -> object:
    def command(args: object) -> int:
        raise exc

    return command


def test_ctrl_c_says_interrupted_and_exits_130() -> None:
    """A real SIGINT while plain mode waits for a reply (a real process: the signal)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "play", PLAY_BUDGET, "--plain"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    while b"Dana:" not in proc.stdout.readline():  # the opening line: it is waiting for input
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.decode() == "error: interrupted\n"


def test_a_reader_that_goes_away_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roleplay history | head -1`: the pipe closes under the command; exit 0, no error."""
    monkeypatch.setattr(sessions, "run_history", _raising(BrokenPipeError()))
    assert main(["history"]) == 0
    assert capsys.readouterr().err == ""
