"""Holding the screen's paint while a reply is scored, so the reply, its card and the
counterpart's answer are laid out and painted once, together."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack

from textual.screen import Screen
from textual.timer import Timer


class PaintHold:
    """One hold at a time: :meth:`start` batches the app's updates and, when the score has not
    come within ``seconds``, calls ``on_slow`` (which releases it); :meth:`release` ends it
    early. The UI thread does no other work meanwhile, so the scoring worker starts
    at once."""

    def __init__(self, screen: Screen[None], on_slow: Callable[[], None]) -> None:
        self._screen = screen
        self._on_slow = on_slow
        self._held: tuple[ExitStack, Timer] | None = None

    def start(self, seconds: float) -> None:
        self.release()
        stack = ExitStack()
        stack.enter_context(self._screen.app.batch_update())
        self._held = (stack, self._screen.set_timer(seconds, self._on_slow))

    def release(self) -> None:
        if self._held is not None:
            stack, timer = self._held
            self._held = None
            timer.stop()
            stack.close()
