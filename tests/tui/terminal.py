"""The real program on a pseudo-terminal: `roleplay ARGS` as a terminal window runs it, for
tests of what only a terminal does (signals, hang-ups, bracketed paste)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable

from roleplay.storage import SessionStore


class Terminal:
    """`roleplay ARGS` on a pseudo-terminal that is its controlling terminal (so closing
    it hangs the program up, as closing a terminal window does); its output is drained on a
    thread so the program never blocks writing."""

    def __init__(self, *args: str) -> None:
        parent, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

        def own_terminal() -> None:  # runs in the child, after setsid
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)
            # as a shell in a terminal window starts it: a suite run under `nohup` would hand
            # the program SIGHUP ignored, which it rightly keeps (and then never hears the hang-up)
            signal.signal(signal.SIGHUP, signal.SIG_DFL)

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "roleplay", *args],
            stdin=child,
            stdout=child,
            stderr=child,
            start_new_session=True,
            preexec_fn=own_terminal,  # noqa: PLW1509 - only an ioctl, before exec
            env={**os.environ, "TERM": "xterm-256color", "ROLEPLAY_SCORER": "fixed"},
        )
        os.close(child)
        self.fd: int | None = parent
        self.seen = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        # never blocked in a read: a read in progress would keep the terminal open after
        # hang_up closes it (the program would never be hung up)
        with self._lock:
            fd = self.fd
        while fd is not None:
            with self._lock:
                if self.fd is None:
                    return
                ready, _, _ = select.select([fd], [], [], 0)
                try:
                    data = os.read(fd, 65536) if ready else b""
                except OSError:
                    return
            if ready and not data:
                return
            self.seen += data
            if not ready:
                time.sleep(0.02)

    def wait_for(self, wanted: bytes) -> None:
        deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
        while wanted not in self.seen:
            assert self.proc.poll() is None, bytes(self.seen[-400:])
            assert time.monotonic() < deadline, f"never printed {wanted!r}"
            time.sleep(0.05)

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 120  # a bound for a hung test, not a speed check
        while not condition():
            assert self.proc.poll() is None, bytes(self.seen[-400:])
            assert time.monotonic() < deadline, f"never reached: {what}"
            time.sleep(0.05)

    def type(self, text: str) -> None:
        assert self.fd is not None
        os.write(self.fd, text.encode())

    def hang_up(self) -> None:
        with self._lock:
            fd, self.fd = self.fd, None
            assert fd is not None
            os.close(fd)

    def exit_code(self) -> int:
        try:
            return self.proc.wait(timeout=120)  # a bound for a hung test, not a speed check
        finally:
            self.close()

    def close(self) -> None:
        """Kill the program if it still runs and close the terminal (a failed test leaves no
        program behind to load the machine for the tests after it)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.fd is not None:
            self.hang_up()


def saved_replies() -> list[str]:
    with SessionStore.open() as store:
        return [t.result.reply for s in store.sessions() for t in store.turns(s.id)]
