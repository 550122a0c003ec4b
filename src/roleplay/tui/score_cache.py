"""A Scorer wrapper that remembers scores, so the slow part can run in a worker thread.

The conversation screen scores a reply in a thread (typing never stalls, Escape can cancel),
then calls ``Session.reply`` on the UI thread, which finds the score already computed. The
session stays the only place game logic happens; this just moves the scorer's work off the UI.
"""

from __future__ import annotations

import threading

from roleplay.engine import Session
from roleplay.scoring.types import Score, ScoreInput, Scorer


class ScoreCache:
    def __init__(self, inner: Scorer) -> None:
        self.inner = inner
        self.name = inner.name
        self._scores: dict[ScoreInput, Score] = {}
        self._lock = threading.Lock()

    def score(self, item: ScoreInput) -> Score:
        with self._lock:
            cached = self._scores.pop(item, None)
        if cached is not None:
            return cached
        return self.inner.score(item)

    def prepare(self, session: Session, reply: str) -> Score:
        """Score ``reply`` as the session will (same input), keeping the result for it."""
        item = session.score_input(reply)
        score = self.inner.score(item)
        with self._lock:
            self._scores[item] = score
        return score

    def forget(self) -> None:
        with self._lock:
            self._scores.clear()
