"""Standard output that refuses writes (a full disk, a quota, /dev/full) is one RP010 line on
stderr and exit code 2, for every command that prints: it was an OSError traceback, and the
interpreter's last flush added an 'Exception ignored' block."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli import main

from ..budget import BUDGET


class _FullDisk(io.TextIOBase):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["schema"],
        ["graph", str(BUDGET)],
        ["validate", str(BUDGET)],
        ["score", "Can we phase it?", "--json"],
        ["history"],
        ["--version"],  # argparse dropped the failed write: it exited 0
        ["--help"],
        ["score", "--help"],
    ],
)
def test_a_full_disk_under_stdout_is_one_coded_line(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RP010" in err and "No space left on device" in err


def test_other_os_errors_are_not_taken_for_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Broken(_FullDisk):
        def write(self, text: str) -> int:
            raise OSError(errno.EBADF, "bad file descriptor")

    monkeypatch.setattr(sys, "stdout", _Broken())
    with pytest.raises(OSError):
        main(["list"])


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_dev_full_as_stdout_in_a_real_process() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "roleplay", "graph", str(BUDGET)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.startswith("error: RP010 could not write (No space left on device)")
    assert done.stderr.count("\n") == 1  # no traceback, no 'Exception ignored' at exit


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["validate", "--help"]])
def test_version_and_help_on_dev_full_in_a_real_process(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "roleplay", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert (done.returncode, done.stderr) == (
        2,
        "error: RP010 could not write (No space left on device); the output is incomplete "
        "(free some disk space and run it again)\n",
    )


@pytest.mark.parametrize("args", [["--version"], ["score", "Can we phase it?"]])
def test_a_closed_stdout_is_one_coded_line(args: list[str]) -> None:
    # `roleplay score "..." >&-` was an AttributeError traceback (sys.stdout is None)
    done = subprocess.run(  # the shell closes it before Python starts: sys.stdout is None
        ["sh", "-c", 'exec "$0" -m roleplay "$@" >&-', sys.executable, *args],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "error: RP010 could not write: standard output is closed "
        "(run it with standard output open, or send it to a file)\n"
    )
