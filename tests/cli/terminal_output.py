"""Reading what a program printed to a pseudo-terminal, for the tests that run plain mode in one."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

from ..budget import BUDGET


def read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    """Read the terminal's other end into ``seen`` until ``wanted`` is in it (bounded)."""
    deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
    while wanted not in seen:
        assert time.monotonic() < deadline, f"never printed {wanted!r}: {bytes(seen)[-400:]!r}"
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break


def play_budget_plain(**env: str) -> tuple[subprocess.Popen[bytes], int]:
    """`roleplay play budget_pushback --plain --seed 3` on a pseudo-terminal: the process and the
    terminal's other end (what is written there is typed; what it printed is read there)."""
    parent, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "play", str(BUDGET), "--plain", "--seed", "3"],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "NO_COLOR": "1", **env},
    )
    os.close(child)
    return proc, parent


def close_terminal(proc: subprocess.Popen[bytes], parent: int) -> None:
    """End the process if it still runs, then close the terminal."""
    if proc.poll() is None:
        proc.kill()
    os.close(parent)
