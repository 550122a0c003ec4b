"""Shared pieces for the TUI tests: the shipped scenario, replies that reach each ending."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from roleplay.engine import CompiledScenario, compile_scenario
from roleplay.scenario import load_file
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import TuiConfig
from roleplay.tui.widgets.reply_input import ReplyInput

REPO = Path(__file__).resolve().parents[2]
BUDGET = REPO / "scenarios" / "budget_pushback.yaml"

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
    kwargs.setdefault("config", TuiConfig())
    return RoleplayApp(scenario, **kwargs)  # type: ignore[arg-type]


async def settle(pilot: Pilot[int], app: RoleplayApp) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def say(pilot: Pilot[int], app: RoleplayApp, text: str) -> None:
    """Type a reply into the reply box and send it, then wait for the score."""
    box = app.screen.query_one(ReplyInput)
    box.focus()
    box.insert(text)
    await pilot.press("enter")
    await settle(pilot, app)


async def say_until_ended(pilot: Pilot[int], app: RoleplayApp, replies: list[str]) -> None:
    """Send replies one by one on the current conversation screen until it reaches an ending."""
    session = app.screen.session  # type: ignore[attr-defined]
    for reply in replies:
        if session.ended:
            return
        await say(pilot, app, reply)
