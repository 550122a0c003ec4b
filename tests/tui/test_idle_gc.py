"""Full garbage collections during a conversation run after a card is painted (idle_gc.py), as
often as Python's own count asks for them, and Python gets them back when the screen goes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from textual.screen import Screen

from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput
from roleplay.tui.idle_gc import NEVER, IdleCollector
from roleplay.tui.messages import ReplySubmitted
from roleplay.tui.screens.conversation import COLLECTOR, ConversationScreen
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, wait_until


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    """Python's thresholds as found, restored after the test whatever it did."""
    found = gc.get_threshold()
    yield found
    COLLECTOR.release()
    gc.set_threshold(*found)


def _make_full_collection_due(threshold: int) -> None:
    """Collect generation 1 until Python's count of them passes the third threshold."""
    while gc.get_count()[2] <= threshold:
        gc.collect(1)


def test_hold_stops_automatic_full_collections_and_release_gives_them_back(
    thresholds: tuple[int, int, int],
) -> None:
    collector = IdleCollector()
    collector.hold()
    assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
    collector.hold()  # idempotent: the thresholds found first are the ones given back
    collector.release()
    assert gc.get_threshold() == thresholds
    collector.release()
    assert gc.get_threshold() == thresholds


def test_a_full_collection_runs_when_python_would_have_run_one(
    thresholds: tuple[int, int, int],
) -> None:
    collector = IdleCollector()
    assert not collector.collect_if_due()  # not held: Python runs its own
    collector.hold()
    _make_full_collection_due(thresholds[2])
    full: list[int] = []

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(seen)
    try:
        assert collector.collect_if_due()
        assert full == [1]
        assert gc.get_count()[2] == 0
        assert not collector.collect_if_due()  # nothing due right after one
        assert full == [1]
    finally:
        gc.callbacks.remove(seen)


class _DueAfterScoring(FixedScorer):
    """Makes a full collection due while a reply is scored (as allocations would)."""

    def score(self, item: ScoreInput) -> Score:
        _make_full_collection_due(10)
        return super().score(item)


async def test_the_conversation_collects_after_the_card_is_painted(
    thresholds: tuple[int, int, int],
) -> None:
    app = make_app(budget(), scorer=_DueAfterScoring())
    painted_cards: list[int] = []  # cards on screen at the start of each full collection

    def seen(phase: str, info: dict[str, Any]) -> None:
        screen = app.screen
        if phase == "start" and info["generation"] == 2 and isinstance(screen, Screen):
            visible = screen._compositor.visible_widgets
            painted_cards.append(sum(isinstance(w, ScoreCard) for w in visible))

    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        assert gc.get_threshold()[2] == NEVER  # held while the conversation is shown
        gc.callbacks.append(seen)
        try:
            await say(pilot, app, GOOD_REPLIES[0])
            await wait_until(pilot, lambda: bool(painted_cards), "a full collection")
        finally:
            gc.callbacks.remove(seen)
        assert painted_cards[0] == 1  # the new card was already on screen
        app.action_help()  # another screen on top: Python's own full collections again
        await wait_until(pilot, lambda: not isinstance(app.screen, ConversationScreen), "help")
        assert gc.get_threshold() == thresholds
        app.pop_screen()
        await wait_until(pilot, lambda: isinstance(app.screen, ConversationScreen), "back")
        assert gc.get_threshold()[2] == NEVER
    assert gc.get_threshold() == thresholds  # the app is gone


def test_defer_all_stops_every_automatic_collection_until_resumed(
    thresholds: tuple[int, int, int],
) -> None:
    collector = IdleCollector()
    collector.defer_all()  # not held: Python's collections are left alone
    assert gc.get_threshold() == thresholds
    collector.hold()
    collector.defer_all()
    assert gc.get_threshold() == (NEVER, thresholds[1], NEVER)
    collector.resume()
    assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
    collector.resume()  # idempotent
    assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
    gc.collect()  # nothing full due: the suite's own garbage can have made one due by now
    collector.defer_all()
    assert not collector.collect_if_due()  # resumes the young collections, nothing full due
    assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
    collector.defer_all()
    collector.release()  # leaving gives back every threshold found
    assert gc.get_threshold() == thresholds


async def test_no_collection_runs_between_enter_and_the_card(
    thresholds: tuple[int, int, int],
) -> None:
    app = make_app(budget())
    window: list[bool] = []  # True from Enter until the new card is painted
    inside: list[int] = []  # generations collected automatically inside the window
    after: list[int] = []  # and after it
    paint, submitted = Screen._compositor_refresh, ConversationScreen.on_reply_submitted

    def compositor_refresh(self: Screen[object]) -> None:
        paint(self)
        if window and any(isinstance(w, ScoreCard) for w in self._compositor.visible_widgets):
            window.clear()

    def on_reply_submitted(self: ConversationScreen, message: ReplySubmitted) -> None:
        window.append(True)
        submitted(self, message)

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            (inside if window else after).append(info["generation"])

    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Screen, "_compositor_refresh", compositor_refresh)
            patch.setattr(ConversationScreen, "on_reply_submitted", on_reply_submitted)
            gc.callbacks.append(seen)
            try:
                for reply in GOOD_REPLIES[:2]:
                    await say(pilot, app, reply)
                    # The reply's frame allocated far more than a young collection's 700
                    # objects: one runs as soon as the collections are given back.
                    await wait_until(pilot, lambda: bool(after), "a collection after the card")
            finally:
                gc.callbacks.remove(seen)
        assert inside == []  # none while the learner waited for the card
        assert after  # they ran once it was painted
        assert gc.get_threshold() == (thresholds[0], thresholds[1], NEVER)
