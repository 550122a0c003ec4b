"""A clock the test moves by hand, for the host's rate limits (no test ever waits or times)."""

from __future__ import annotations


class Clock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now
