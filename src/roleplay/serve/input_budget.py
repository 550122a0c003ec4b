"""How much a browser may send its participant process: a bound on a keystroke flood.

Every keystroke a browser sends becomes an event queued inside the participant's app; when
they arrive faster than the app handles them the queue (and the process) grows without limit:
a 3 MB burst of one letter grew a participant past 3 GB. So the host meters each connection
with two token buckets, one for events (keys, mouse reports, resizes, each paste counting as
one) and one for bytes, and closes the connection when a message is too big or a bucket runs
dry. Nobody typing, pasting or moving a mouse comes near the limits; a script flooding does
at once.

The event rate is well below what a participant process handles on a busy machine (it stays
flat at 1,000 keys a second); people need a few dozen. Before the participant has joined, the
join form needs a name and a code, so single messages are small; after joining a reply may be
pasted in one go (the reply box takes 100,000 characters), so messages may be larger.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_PASTE = re.compile(r"\x1b\[200~.*?(?:\x1b\[201~|\Z)", re.S)  # bracketed paste: one event
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?", re.S)  # a key or mouse report


def input_events(data: str) -> int:
    """How many events ``data`` (what a browser's terminal sent) becomes in the app."""
    rest, pastes = _PASTE.subn("", data)
    plain, sequences = _ESCAPE.subn("", rest)
    return pastes + sequences + len(plain)


@dataclass(frozen=True)
class Allowance:
    largest_message: int  # bytes in one websocket message
    bytes_burst: int
    bytes_per_second: int
    events_burst: int
    events_per_second: int


BEFORE_JOINING = Allowance(16 * 1024, 64 * 1024, 16 * 1024, 400, 200)
AFTER_JOINING = Allowance(640 * 1024, 1024 * 1024, 64 * 1024, 1000, 200)


class _Bucket:
    def __init__(self, size: int, rate: int, now: float) -> None:
        self.size, self.rate, self.tokens, self.stamp = size, rate, float(size), now

    def take(self, amount: int, now: float) -> bool:
        self.tokens = min(float(self.size), self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if amount > self.tokens:
            return False
        self.tokens -= amount
        return True


class InputBudget:
    """One connection's input meter; :meth:`take` says whether a message may go through."""

    def __init__(
        self,
        before: Allowance = BEFORE_JOINING,
        after: Allowance = AFTER_JOINING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.after = after
        self.clock = clock
        self.joined = False
        self.refused: str | None = None
        self._use(before)

    def _use(self, allow: Allowance) -> None:
        now = self.clock()
        self.allowance = allow
        self.bytes = _Bucket(allow.bytes_burst, allow.bytes_per_second, now)
        self.events = _Bucket(allow.events_burst, allow.events_per_second, now)

    def mark_joined(self) -> None:
        if not self.joined:
            self.joined = True
            self._use(self.after)

    def take(self, size: int, events: int) -> bool:
        """Spend ``size`` bytes and ``events`` events; False (:attr:`refused` says why) if over."""
        allow, now = self.allowance, self.clock()
        stage = "after joining" if self.joined else "before joining"
        if size > allow.largest_message:
            self.refused = f"a {size}-byte message {stage} (limit {allow.largest_message})"
            return False
        if not self.events.take(events, now):
            self.refused = f"more than {allow.events_per_second} input events/s {stage}"
            return False
        if not self.bytes.take(size, now):
            self.refused = f"more than {allow.bytes_per_second} bytes/s {stage}"
            return False
        return True
