"""A shipped scenario's intents and matcher, built as the engine builds them (ScenarioIntents),
for the tests that check how the library's own intents meet a reply."""

from __future__ import annotations

from pathlib import Path

from roleplay.engine.intent_matching import ScenarioIntents
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.scenario import load_file

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def shipped_specs(name: str) -> tuple[IntentSpec, ...]:
    """The intents of ``scenarios/<name>.yaml`` as the engine reads them: every intent, its
    examples and its `not` list, in the order written (for a test that cuts or filters them)."""
    return ScenarioIntents(load_file(SCENARIOS / f"{name}.yaml").scenario).specs


def shipped_matcher(name: str) -> IntentMatcher:
    """The matcher of ``scenarios/<name>.yaml``: every intent, examples and `not` lists."""
    return ScenarioIntents(load_file(SCENARIOS / f"{name}.yaml").scenario).matcher
