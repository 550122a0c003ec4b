"""Scenario text is untrusted too: a counterpart name with terminal escapes or a bidi override
must reach the screen as visible escapes in every place the TUI shows it (the chat bubbles'
speaker, the side panel, the mood, the debrief's heading), never as raw control characters."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static

from roleplay.engine import compile_scenario
from roleplay.scenario import load_file
from roleplay.tui.app import RoleplayApp

from .helpers import BUDGET, GOOD_REPLIES, end_here, make_app, say, settle

RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
NAME_YAML = '"Dana\\e]0;PWNED\\a\\e[31m\\u202eRTL"'


def _hostile_names(tmp_path: Path) -> Path:
    text = BUDGET.read_text(encoding="utf-8")
    text = text.replace("  name: Dana\n", f"  name: {NAME_YAML}\n", 1)
    text = text.replace("learner:\n  role: Engineering lead", 'learner:\n  role: "Lead\\e[2J"', 1)
    path = tmp_path / "budget_pushback.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _raw_controls(app: RoleplayApp) -> list[str]:
    """Every Static on the current screen whose rendered text holds a raw control character."""
    found = []
    for widget in app.screen.query(Static):
        shown = str(widget.render())
        if RAW.search(shown):
            found.append(f"{type(widget).__name__}#{widget.id}: {shown[:60]!r}")
    return found


async def test_a_hostile_counterpart_name_is_shown_as_escapes_in_chat_panel_and_debrief(
    tmp_path: Path,
) -> None:
    scenario = compile_scenario(load_file(_hostile_names(tmp_path)))
    assert "\x1b" in scenario.scenario.counterpart.name
    app = make_app(scenario)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        assert _raw_controls(app) == []
        shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "Dana\\x1b]0;PWNED\\x07\\x1b[31m\\u202eRTL" in shown
        await end_here(pilot, app)
        await settle(pilot, app)
        assert _raw_controls(app) == []
