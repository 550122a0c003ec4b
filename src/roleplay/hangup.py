"""A terminal that hung up (a closed window, a dropped SSH connection: SIGHUP).

Writing to it fails (EIO) and reading it ends, so a program that still has its last save and
its last words to do first swaps it for ``/dev/null``: the TUI before Textual writes another
frame (its output thread dies on the first failed write, and the app then waits for it for
ever), line mode before the ``interrupted`` line (which would otherwise end in a traceback).
"""

from __future__ import annotations

import contextlib
import errno
import os


def hung_up(fd: int) -> bool:
    """Whether ``fd`` is a terminal that has hung up (it answers every question with EIO); a
    live terminal, a pipe or a file is not."""
    try:
        import termios
    except ImportError:  # no terminals of that kind here
        return False
    try:
        termios.tcgetattr(fd)
    except termios.error as exc:
        return bool(exc.args) and exc.args[0] == errno.EIO
    except OSError:
        return False
    return False


def terminal_gone() -> None:
    """Standard input, output and error that are a hung-up terminal read and write
    ``/dev/null`` from now on (a pipe, a file or a live terminal is left as it is)."""
    dead = [fd for fd in (0, 1, 2) if hung_up(fd)]
    if not dead:
        return
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    try:
        for fd in dead:
            with contextlib.suppress(OSError):
                os.dup2(null, fd)
    finally:
        os.close(null)
