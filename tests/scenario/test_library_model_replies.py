"""The library's model replies say the one move they show (trainer21): the debrief shows a
state's `model_reply` as the thing to say there, and rate_limit_launch's ("... would be awful,
and I want Thursday to go well. Before we touch the limits - what does Lumen send us ...?") was
heard as asking what the launch needs *and* as the quota offer ("I want Thursday to go well"
reads as the speaker's own move), so a learner who said it in other words could land on the
offer's branch."""

from __future__ import annotations

from roleplay.engine.intent_matching import ScenarioIntents
from roleplay.scenario import load_file

from ..conftest import SCENARIOS


def test_rate_limit_launch_s_opening_model_reply_only_asks() -> None:
    scenario = load_file(SCENARIOS / "rate_limit_launch.yaml").scenario
    reply = scenario.states["opening"].model_reply
    assert reply is not None
    assert ScenarioIntents(scenario).match(reply, "opening") == ("ask_about_launch",)
