"""Shared pieces for the TUI tests: the shared budget play-through (tests/budget.py), the fixed
test scorer, and waits for the state a test is about to check.

Everything here is deterministic under load: the scenario is a fixture copy (reworking the
shipped library changes no test here), the scorer is ``FixedScorer`` (a refit changes nothing),
cursors do not blink, and waits poll for a condition instead of sleeping for a guessed time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.pilot import Pilot

from roleplay.engine import CompiledScenario
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import TuiConfig
from roleplay.tui.widgets.reply_input import ReplyInput

from ..budget import BAD_REPLIES, BUDGET, GOOD_REPLIES, LIBRARY, budget

if TYPE_CHECKING:
    from roleplay.tui.screens.debrief import DebriefScreen
    from roleplay.tui.widgets.hanging import HangingStatic

WAIT_LIMIT_S = 60.0  # a generous bound for a hung test, never a speed assertion

__all__ = [
    "BAD_REPLIES",
    "BUDGET",
    "GOOD_REPLIES",
    "LIBRARY",
    "HeldScorer",
    "budget",
    "conversation_ready",
    "end_here",
    "make_app",
    "picker_ready",
    "say",
    "say_until_ended",
    "settle",
    "strongest_turn",
    "wait_until",
]


def make_app(scenario: CompiledScenario | None = None, **kwargs: object) -> RoleplayApp:
    kwargs.setdefault("seed", 7)
    kwargs.setdefault("config", TuiConfig(cursor_blink=False))
    kwargs.setdefault("scorer", FixedScorer())
    return RoleplayApp(scenario, **kwargs)  # type: ignore[arg-type]


async def wait_until(pilot: Pilot[int], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until ``condition()`` holds; fail naming ``what`` if it never does."""
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"the app never reached: {what}")
        await pilot.pause(0.01)
    await pilot.pause()


async def wait_unpiloted(condition: Callable[[], bool]) -> None:
    """Wait for ``condition`` without the pilot (which waits for every widget and so would
    hide the frame being checked), polling every 5 ms up to WAIT_LIMIT_S."""
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await asyncio.sleep(0.005)


async def settle(pilot: Pilot[int], app: RoleplayApp) -> None:
    """Let the app finish what it started: its workers and a conversation's scoring."""
    from roleplay.tui.screens.conversation import ConversationScreen

    await pilot.pause()
    await app.workers.wait_for_complete()
    for screen in app.screen_stack:
        if isinstance(screen, ConversationScreen):
            scoring = screen.scoring
            await wait_until(pilot, lambda: not scoring.busy, "the reply sent scored")  # noqa: B023
    await pilot.pause()


async def conversation_ready(pilot: Pilot[int], app: RoleplayApp) -> None:
    """Wait until a conversation screen shows the counterpart's first line."""
    from roleplay.tui.screens.conversation import ConversationScreen
    from roleplay.tui.widgets.chat_log import Bubble

    def ready() -> bool:
        screen = app.screen
        return isinstance(screen, ConversationScreen) and bool(screen.query(Bubble))

    await wait_until(pilot, ready, "a conversation showing its first line")


async def picker_ready(pilot: Pilot[int], app: RoleplayApp) -> None:
    """Wait until the picker has read the library and filled its table."""
    from textual.widgets import DataTable

    from roleplay.tui.screens.picker import PickerScreen

    def ready() -> bool:
        screen = app.screen
        if not isinstance(screen, PickerScreen) or app.catalogue is None:
            return False
        table = screen.query_one(DataTable)
        # Column widths follow new rows on the table's next idle; until then a screenshot shows
        # the columns cut to their headers. (Lines drawn before that idle are redrawn once it
        # has run: roleplay.tui.widgets.table.Table.) Textual is pinned.
        widths_settled = not table._require_update_dimensions and not table._updated_cells
        return table.row_count == len(screen.shown) > 0 and widths_settled

    await wait_until(pilot, ready, "the picker with its scenario list")


async def say(pilot: Pilot[int], app: RoleplayApp, text: str) -> None:
    """Type a reply into the reply box and send it, then wait until it is scored and shown."""
    screen = app.screen
    session = screen.session  # type: ignore[attr-defined]
    turns = session.turn
    box = screen.query_one(ReplyInput)
    box.focus()
    box.insert(text)
    await pilot.press("enter")
    await wait_until(
        pilot,
        lambda: session.turn > turns and screen.pending is None,  # type: ignore[attr-defined]
        f"the reply scored and shown: {text[:40]!r}",
    )
    await settle(pilot, app)


async def say_until_ended(pilot: Pilot[int], app: RoleplayApp, replies: list[str]) -> None:
    """Send replies one by one on the current conversation screen until it reaches an ending."""
    session = app.screen.session  # type: ignore[attr-defined]
    for reply in replies:
        if session.ended:
            return
        await say(pilot, app, reply)


class HeldScorer:
    """The fixed scorer, but each reply is scored only once ``release`` is set (or after
    ``wait`` seconds), so a test can press keys while a reply is being scored."""

    name = "held"

    def __init__(self, wait: float = 30.0) -> None:
        self.release = threading.Event()
        self.wait = wait
        self.inner = FixedScorer()

    def score(self, item: ScoreInput) -> Score:
        self.release.wait(self.wait)
        return self.inner.score(item)


async def end_here(pilot: Pilot[int], app: RoleplayApp) -> DebriefScreen:
    """The one way tests leave a conversation for its debrief: press F5. While the conversation
    goes on the key asks first (an ended conversation cannot be resumed) and F5 again confirms;
    once it is over it opens the debrief at once. Returns the debrief, once it is shown."""
    from roleplay.tui.screens.confirm_end import ConfirmEndScreen
    from roleplay.tui.screens.debrief import DebriefScreen

    asks = not app.screen.session.ended  # type: ignore[attr-defined]
    await pilot.press("f5")
    if asks:
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmEndScreen), "the question")
        await pilot.press("f5")
    await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
    debrief = app.screen
    assert isinstance(debrief, DebriefScreen)
    return debrief


async def strongest_turn(pilot: Pilot[int], app: RoleplayApp) -> HangingStatic:
    """The debrief's strongest-turn section (its evidence lines), once it is drawn."""
    from roleplay.tui.widgets.hanging import HangingStatic

    shown = app.screen.query_one("#strongest", HangingStatic)
    await wait_until(pilot, lambda: shown.size.width > 0, "the strongest turn drawn")
    return shown
