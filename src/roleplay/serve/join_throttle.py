"""Wrong join codes per address, with a back-off that survives reconnecting.

The participant process counts wrong codes on its own connection; this counts them per
address across every connection. The first ``FREE_TRIES`` wrong codes cost nothing (typos),
each one after locks the address out for twice as long as the last (``FIRST_LOCK_S``, doubling,
at most ``LONGEST_LOCK_S``): 3 free, then 10 s, 20 s, 40 s ... 15 min. A locked address gets no new connection (HTTP 429 with
``Retry-After``) and its open connection is closed. A right code clears the address; an
address with no wrong code for ``FORGET_AFTER_S`` is forgotten.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

FREE_TRIES = 3
FIRST_LOCK_S = 10.0
LONGEST_LOCK_S = 15 * 60.0
FORGET_AFTER_S = 60 * 60.0
MAX_TRACKED = 4096  # addresses remembered at once (a LAN has far fewer)


@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0
    last_failure: float = 0.0


class JoinThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._peers: dict[str, _Record] = {}

    def retry_after(self, peer: str) -> int:
        """Whole seconds until ``peer`` may try again (0: now)."""
        record = self._peers.get(peer)
        if record is None:
            return 0
        return max(0, math.ceil(record.locked_until - self.clock()))

    def failed(self, peer: str) -> int:
        """Record a wrong code from ``peer``; returns the lock now in force, in seconds."""
        now = self.clock()
        self._forget_old(now)
        record = self._peers.setdefault(peer, _Record())
        record.failures += 1
        record.last_failure = now
        over = record.failures - FREE_TRIES - 1
        if over >= 0:
            lock = min(LONGEST_LOCK_S, FIRST_LOCK_S * 2.0**over)
            record.locked_until = max(record.locked_until, now + lock)
        return self.retry_after(peer)

    def succeeded(self, peer: str) -> None:
        self._peers.pop(peer, None)

    def _forget_old(self, now: float) -> None:
        stale = [
            peer
            for peer, r in self._peers.items()
            if r.locked_until <= now and now - r.last_failure > FORGET_AFTER_S
        ]
        for peer in stale:
            del self._peers[peer]
        while len(self._peers) >= MAX_TRACKED:  # keep the newest; never unbounded
            oldest = min(self._peers, key=lambda p: self._peers[p].last_failure)
            del self._peers[oldest]
