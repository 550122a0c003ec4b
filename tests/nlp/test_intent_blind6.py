"""The docs-only blind set 6 (benchmarks/intent_blind6/): each set's intents are those of the
whole scenario it was written with, and those scenarios load and lint cleanly. Only the sets'
shape is checked here; how well they match is a benchmark (benchmarks/intents.py), read as a
total only."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roleplay.scenario import load_file
from roleplay.scenario.lint import lint

BLIND6 = Path(__file__).resolve().parents[2] / "benchmarks" / "intent_blind6"
SETS = sorted(BLIND6.glob("*_blind6.yaml"))


def test_three_sets_each_with_its_scenario() -> None:
    assert [p.stem for p in SETS] == [
        "depot_cutoff_blind6",
        "library_hours_blind6",
        "vet_antibiotics_blind6",
    ]
    assert sorted(p.stem for p in (BLIND6 / "scenarios").glob("*.yaml")) == [
        p.stem.removesuffix("_blind6") for p in SETS
    ]


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_a_set_holds_its_scenarios_intents_and_enough_cases(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    scenario = load_file(BLIND6 / "scenarios" / f"{path.stem.removesuffix('_blind6')}.yaml")
    declared = {
        name: (list(i.examples), list(i.not_), i.label)
        for name, i in scenario.scenario.intents.items()
    }
    in_set = {
        name: (i["examples"], i.get("not", []), i.get("label"))
        for name, i in data["intents"].items()
    }
    assert in_set == declared
    assert set(data["cases"]) == set(declared)
    examples = {e.lower() for ex, _, _ in declared.values() for e in ex}
    for intent, (ex, _, _) in declared.items():
        assert 8 <= len(ex) <= 12, intent  # as docs/authoring.md asks
        group = data["cases"][intent]
        assert len(group["paraphrases"]) >= 5 and len(group["near_misses"]) >= 2, intent
        # written in other words: no case copies an example
        assert not {r.lower() for r in group["paraphrases"] + group["near_misses"]} & examples
    assert len(data["ordinary"]) >= 5


@pytest.mark.parametrize(
    "path", sorted((BLIND6 / "scenarios").glob("*.yaml")), ids=lambda p: p.stem
)
def test_the_scenarios_lint_cleanly(path: Path) -> None:
    assert [f"{d.code} {d.message}" for d in lint(load_file(path))] == []
