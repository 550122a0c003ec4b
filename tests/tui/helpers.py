"""Shared pieces for the TUI tests: a frozen copy of budget_pushback, the fixed test scorer,
replies that reach each ending, and waits for the state a test is about to check.

Everything here is deterministic under load: the scenario is a fixture copy (reworking the
shipped library changes no test here), the scorer is ``FixedScorer`` (a refit changes nothing),
cursors do not blink, and waits poll for a condition instead of sleeping for a guessed time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from roleplay.engine import CompiledScenario, compile_scenario
from roleplay.scenario import load_file
from roleplay.scoring.fixed import FixedScorer
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import TuiConfig
from roleplay.tui.widgets.reply_input import ReplyInput

LIBRARY = Path(__file__).parent / "fixtures" / "library"
BUDGET = LIBRARY / "budget_pushback.yaml"
WAIT_LIMIT_S = 60.0  # a generous bound for a hung test, never a speed assertion

# With FixedScorer these reach budget_pushback's success ending (key points, "?", feeling words
# and "we/together" are what it counts).
GOOD_REPLIES = [
    "I hear you, the board needs 30% of the Q3 budget by Friday. That sounds like real "
    "pressure on you. Can we look at it together?",
    "So last year a team overran in Q4 and you had to explain it to the board. That sounds "
    "stressful. What would a good outcome look like for you, so we avoid that again?",
    "What if we look at two options together: a phased cut with the launch protected, or a "
    "smaller cut now with a checkpoint? Which criteria matter most to you?",
    "Yes, my team would commit to a phased cut with the launch protected and a week 6 "
    "checkpoint. Let's agree how we report progress to you together.",
]
BAD_REPLIES = ["No. Take it or leave it.", "That is your problem, not mine.", "Whatever."]


def budget() -> CompiledScenario:
    return compile_scenario(load_file(BUDGET))


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


async def settle(pilot: Pilot[int], app: RoleplayApp) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
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
        return screen.query_one(DataTable).row_count == len(screen.shown) > 0

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
