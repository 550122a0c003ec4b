"""A terminal that hung up (a closed window, a dropped SSH connection: SIGHUP).

Writing to it fails (EIO) and reading it ends, so a program that still has its last save and
its last words to do first swaps it for ``/dev/null``: the TUI before Textual writes another
frame (its output thread dies on the first failed write, and the app then waits for it for
ever), line mode before the ``interrupted`` line (which would otherwise end in a traceback).

Both front ends take SIGTERM (a kill) and SIGHUP (the terminal closed) the same way:
:func:`take_close_signals` installs their handler where nothing else handles those signals
already, :func:`put_back` restores what was there, and :func:`signal_name` names the signal
a handler got, swapping a hung-up terminal for ``/dev/null`` first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
from collections.abc import Callable, Mapping
from typing import Any

CLOSE_SIGNALS = ("SIGTERM", "SIGHUP")  # the signals that close a session as Ctrl+C does


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


def take_close_signals(handler: Callable[[int, Any], object]) -> dict[int, Any]:
    """``handler`` for each of :data:`CLOSE_SIGNALS` that this platform has and that still has
    its default action (a handler installed before is left alone); the handlers replaced, by
    signal number, for :func:`put_back`. None is installed off the main thread, which cannot
    take signals."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    replaced: dict[int, Any] = {}
    for name in CLOSE_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            replaced[number] = signal.signal(number, handler)
    return replaced


def put_back(replaced: Mapping[int, Any]) -> None:
    """The handlers :func:`take_close_signals` replaced installed again (on the main thread
    only: elsewhere none was replaced)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for number, before in replaced.items():
        signal.signal(number, before)


def signal_name(number: int) -> str:
    """The name of the signal a handler got ("SIGTERM"); on SIGHUP the hung-up terminal is
    first swapped for ``/dev/null`` (:func:`terminal_gone`), so nothing more is written to it."""
    name = signal.Signals(number).name
    if name == "SIGHUP":
        terminal_gone()
    return name
