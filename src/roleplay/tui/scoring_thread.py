"""One thread per conversation that prepares (scores) its replies, in the order sent.

Textual's thread worker made a worker per reply: on the UI thread, inside the time from Enter
to the card, about 400 Python calls (the worker made and handed to an executor, and three
state changes messaged back to the screen). Here the screen hands the reply to a thread that
waits for replies for as long as the conversation is open. Each sending carries a ticket; a
cancelled ticket's result is dropped (a thread cannot be stopped in the middle of a scorer,
so the scorer finishes, as it did in Textual's worker, and its result goes nowhere).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from textual.message import Message

from roleplay.engine.turns import PreparedReply

from .messages import ReplyScored, ScoringFailed


class ScoringThread:
    """Prepares each reply sent with :meth:`send` on one daemon thread and posts the result
    (:class:`ReplyScored` or :class:`ScoringFailed`) with ``post``, unless it was cancelled."""

    def __init__(
        self, prepare: Callable[[str], PreparedReply], post: Callable[[Message], object]
    ) -> None:
        self._prepare = prepare
        self._post = post
        self._replies: queue.SimpleQueue[tuple[int, str] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._cancelled_up_to = 0  # tickets up to this one are cancelled
        self._unfinished = 0  # replies sent and not prepared yet (both threads change it)
        self._count_lock = threading.Lock()  # "+= 1" is a read and a write: not atomic

    @property
    def busy(self) -> bool:
        """Whether a reply sent is still being prepared (or waits to be)."""
        return self._unfinished > 0

    def send(self, ticket: int, text: str) -> None:
        """Prepare ``text`` (tickets grow with each sending)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="roleplay-score", daemon=True)
            self._thread.start()
        with self._count_lock:
            self._unfinished += 1
        self._replies.put((ticket, text))

    def cancel(self, ticket: int) -> None:
        """Drop the result of ``ticket`` (and of every earlier one)."""
        self._cancelled_up_to = max(self._cancelled_up_to, ticket)

    def stop(self) -> None:
        """No more replies: the thread ends once the one it is preparing is done."""
        if self._thread is not None:
            self._replies.put(None)
            self._thread = None

    def _run(self) -> None:
        while (reply := self._replies.get()) is not None:
            try:
                self._answer(*reply)
            finally:
                with self._count_lock:
                    self._unfinished -= 1

    def _answer(self, ticket: int, text: str) -> None:
        if ticket <= self._cancelled_up_to:
            return
        started = time.perf_counter()
        try:
            prepared = self._prepare(text)
        except Exception as exc:  # noqa: BLE001 - a scorer bug must not end the conversation
            result: Message = ScoringFailed(text, repr(exc), ticket)
        else:
            result = ReplyScored(text, prepared, time.perf_counter() - started, ticket)
        if ticket > self._cancelled_up_to:
            self._post(result)
