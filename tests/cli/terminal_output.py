"""Reading what a program printed to a pseudo-terminal, for the tests that run plain mode in one."""

from __future__ import annotations

import os
import select
import time


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
