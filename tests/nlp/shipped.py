"""A shipped scenario's intents and matcher, built as the engine builds them (ScenarioIntents),
and a benchmark intent set's, for the tests that check how those intents meet a reply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from roleplay.engine.intent_matching import ScenarioIntents
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.scenario import load_file

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
BENCHMARKS = ROOT / "benchmarks"


def shipped_specs(name: str) -> tuple[IntentSpec, ...]:
    """The intents of ``scenarios/<name>.yaml`` as the engine reads them: every intent, its
    examples and its `not` list, in the order written (for a test that cuts or filters them)."""
    return ScenarioIntents(load_file(SCENARIOS / f"{name}.yaml").scenario).specs


def shipped_matcher(name: str) -> IntentMatcher:
    """The matcher of ``scenarios/<name>.yaml``: every intent, examples and `not` lists."""
    return ScenarioIntents(load_file(SCENARIOS / f"{name}.yaml").scenario).matcher


def set_specs(data: dict[str, Any]) -> tuple[IntentSpec, ...]:
    """The intents of a benchmark set read from its YAML: its own `intents:`, or for a library
    set (`scenario: NAME`, benchmarks/library_intents/) the shipped scenario's."""
    if "intents" not in data:
        return shipped_specs(data["scenario"])
    return tuple(
        IntentSpec(n, tuple(i["examples"]), tuple(i.get("not", ())))
        for n, i in data["intents"].items()
    )


def set_matcher(path: str) -> IntentMatcher:
    """The matcher of the benchmark set ``benchmarks/<path>``."""
    data = yaml.safe_load((BENCHMARKS / path).read_text(encoding="utf-8"))
    return IntentMatcher(set_specs(data))
