"""The conversation's replies are prepared on one thread, in order; a cancelled one is dropped."""

from __future__ import annotations

import threading
import time

from textual.message import Message

from roleplay.engine.turns import PreparedReply
from roleplay.tui.messages import ReplyScored, ScoringFailed
from roleplay.tui.scoring_thread import ScoringThread
from roleplay.tui.screens.conversation import ConversationScreen

from .helpers import WAIT_LIMIT_S, budget, conversation_ready, make_app, say, wait_until


class _Prepared:
    def __init__(self, text: str) -> None:
        self.text = text
        self.thread = threading.current_thread()


def _wait(condition: object) -> None:
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the scoring thread never got there"
        time.sleep(0.001)


def test_replies_are_prepared_in_order_on_one_thread_and_a_cancelled_one_is_dropped() -> None:
    gate = threading.Event()
    posted: list[Message] = []

    def prepare(text: str) -> PreparedReply:
        if text == "held":
            gate.wait(WAIT_LIMIT_S)
        if text == "boom":
            raise ValueError("scorer bug")
        return _Prepared(text)  # type: ignore[return-value]

    scoring = ScoringThread(prepare, posted.append)
    assert not scoring.busy
    scoring.send(1, "first")
    _wait(lambda: not scoring.busy)
    scoring.send(2, "held")  # being prepared when it is cancelled: its result is dropped
    scoring.send(3, "queued")  # cancelled before it was started: never prepared
    scoring.cancel(3)
    scoring.send(4, "boom")
    scoring.send(5, "last")
    assert scoring.busy
    gate.set()
    _wait(lambda: not scoring.busy)
    scoring.stop()
    assert [type(m).__name__ for m in posted] == ["ReplyScored", "ScoringFailed", "ReplyScored"]
    first, failed, last = posted
    assert isinstance(first, ReplyScored) and isinstance(last, ReplyScored)
    assert (first.ticket, first.text, last.ticket, last.text) == (1, "first", 5, "last")
    assert isinstance(failed, ScoringFailed) and failed.ticket == 4
    assert "scorer bug" in failed.error
    threads = {m.prepared.thread for m in (first, last)}
    assert len(threads) == 1 and threading.current_thread() not in threads


async def test_a_conversation_scores_its_replies_on_its_own_thread_without_textual_workers() -> (
    None
):
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        started = set(threading.enumerate())
        await say(pilot, app, "I hear you, Friday is tight.")
        await say(pilot, app, "What matters most to you?")
        assert screen.session.turn == 2
        new = [t for t in threading.enumerate() if t not in started]
        assert [t.name for t in new] == ["roleplay-score"]  # one thread for both replies
        assert not app.workers._workers  # no Textual worker was made for them
        await app.pop_screen()  # leaving the conversation ends its thread
        await wait_until(pilot, lambda: not new[0].is_alive(), "the scoring thread ended")
