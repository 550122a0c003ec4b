"""A ``kill`` (SIGTERM) or a closed terminal window (SIGHUP) closes the TUI the way Ctrl+Q does.

Without this the process died at once: a reply sent and still being scored was lost, a
conversation whose saves had failed left with its replies, and the terminal was left in the
TUI's screen mode. With it, the app first lets the reply in flight be scored and saved (for at
most :data:`SCORING_GRACE_SECONDS`), then takes the way out every quit takes: a last try to
save what waits, the rescue file and RP715 when that fails (storage/rescue.py), the terminal
put back. Plain mode does the same for line mode (``plain._signals_interrupt``).

The handlers are installed only while the app runs and only where nothing else handles those
signals already (a handler installed before is left alone).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

from roleplay.hangup import put_back, signal_name, take_close_signals

SCORING_GRACE_SECONDS = 10.0  # how long a reply being scored may hold up the way out
INTERRUPTED_CODE = 130  # the exit code of a session ended by a signal, as plain mode's


class CloseSignals:
    """SIGTERM and SIGHUP handed to ``on_signal`` (with the signal's name) on the event loop.

    The handler is Python's own (``signal.signal``), not the event loop's: it runs on the main
    thread before any more of the app does, so on SIGHUP the dead terminal is swapped for
    ``/dev/null`` (:func:`terminal_gone`) before another frame is written to it. Textual's
    output thread dies on the first write to a hung-up terminal, and the app then waits for it
    for ever on the way out."""

    def __init__(self, on_signal: Callable[[str], object]) -> None:
        self._on_signal = on_signal
        self._before: dict[int, Any] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread can take signals (an app run on a worker thread)
        self._loop = asyncio.get_running_loop()
        # a handler installed before is left alone
        self._before.update(take_close_signals(self._handle))

    def _handle(self, number: int, _frame: object) -> None:
        name = signal_name(number)  # on SIGHUP, after the terminal is swapped for /dev/null
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._on_signal, name)

    def remove(self) -> None:
        """Put the signals back as they were (their default action)."""
        before, self._before = self._before, {}
        self._loop = None
        put_back(before)


async def wait_while(busy: Callable[[], bool], *, seconds: float = SCORING_GRACE_SECONDS) -> None:
    """Wait until ``busy()`` is False, or ``seconds`` have passed."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while busy() and loop.time() < deadline:
        await asyncio.sleep(0.02)
