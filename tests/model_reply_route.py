"""Whether the engine itself sends a state's `model_reply` to a wrong move: the check on lint's
RP428, with the product's scorer (not the tests' fixed one)."""

from __future__ import annotations

from roleplay.engine import compile_scenario
from roleplay.engine.route_probe import route_from
from roleplay.scenario.loaded import LoadedScenario
from roleplay.scenario.model_reply_lint import wrong_move
from roleplay.scoring import PRODUCT_SCORER, get_scorer


def engine_routes_to_a_wrong_move(loaded: LoadedScenario, state_name: str) -> bool:
    reply = loaded.scenario.states[state_name].model_reply
    assert reply
    index = route_from(compile_scenario(loaded), state_name, reply, get_scorer(PRODUCT_SCORER))
    if index is None:
        return False
    transition = loaded.scenario.states[state_name].transitions[index]
    return wrong_move(loaded.scenario, transition) is not None
