"""The docs-only blind sets 5 to 14 (benchmarks/intent_blind5/ to intent_blind14/): each set's
intents are those of the whole scenario it was written with, and those scenarios load and lint
cleanly. Only the sets' shape is checked here; how well they match is a benchmark
(benchmarks/intents.py), read as a total only."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roleplay.scenario import load_file
from roleplay.scenario.lint import lint

from ..model_reply_route import engine_routes_to_a_wrong_move

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# blind set -> the scenarios it was written with
WRITTEN = {
    5: ["lab_freezer", "leisure_lanes", "newsroom_credit"],
    6: ["depot_cutoff", "library_hours", "vet_antibiotics"],
    7: ["archive_registers", "bus_rota", "theatre_getin"],
    8: ["aircraft_release", "bakery_order", "dental_fee"],
    9: ["climbing_membership", "removals_piano", "venue_fireworks"],
    10: ["exam_access", "language_school", "print_programmes"],
    11: ["grooming_cut", "museum_guide", "scaffold_tag"],
    12: ["cycle_service", "pharmacy_early", "translator_tool"],
    13: ["ferry_campervan", "swarm_line", "tattoo_blowout"],
    14: ["carpark_patrol", "junior_final", "kennel_vaccine"],
}
# examples an intent, as each set was written: 5 and 6 as docs/authoring.md asks, 7 with few, the
# least the docs accept, as a trainer in a hurry writes them, 8 with 3-5 and 9 with 3-4 as trainers
# write them, 10 with 3-4 again, 11 with 3-5, 12 with 3-4, 13 by three kinds of trainer (a terse
# one with 3, a verbose one with 8, one who writes `say` variants with 4-5), 14 with 5-6, the least
# the docs say routes well
EXAMPLES = {
    5: (8, 12),
    6: (8, 12),
    7: (3, 4),
    8: (3, 5),
    9: (3, 4),
    10: (3, 4),
    11: (3, 5),
    12: (3, 4),
    13: (3, 8),
    14: (5, 6),
}
SETS = [
    (n, BENCHMARKS / f"intent_blind{n}" / f"{name}_blind{n}.yaml")
    for n, names in WRITTEN.items()
    for name in names
]
SCENARIOS = [
    path
    for n in WRITTEN
    for path in sorted((BENCHMARKS / f"intent_blind{n}" / "scenarios").glob("*.yaml"))
]


@pytest.mark.parametrize("n", sorted(WRITTEN))
def test_three_sets_each_with_its_scenario(n: int) -> None:
    folder = BENCHMARKS / f"intent_blind{n}"
    assert sorted(p.stem for p in folder.glob(f"*_blind{n}.yaml")) == [
        f"{name}_blind{n}" for name in WRITTEN[n]
    ]
    assert sorted(p.stem for p in (folder / "scenarios").glob("*.yaml")) == WRITTEN[n]


@pytest.mark.parametrize(("n", "path"), SETS, ids=lambda v: v.stem if isinstance(v, Path) else "")
def test_a_set_holds_its_scenarios_intents_and_enough_cases(n: int, path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    scenario = load_file(path.parent / "scenarios" / f"{path.stem.removesuffix(f'_blind{n}')}.yaml")
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
        low, high = EXAMPLES[n]
        assert low <= len(ex) <= high, intent
        group = data["cases"][intent]
        assert len(group["paraphrases"]) >= 5 and len(group["near_misses"]) >= 2, intent
        # written in other words: no case copies an example
        assert not {r.lower() for r in group["paraphrases"] + group["near_misses"]} & examples
    assert len(data["ordinary"]) >= 5


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_scenarios_lint_cleanly(path: Path) -> None:
    """Clean, but for RP428 where the engine agrees: a model reply that the engine itself
    routes to a wrong move is a fault of that frozen scenario (its model reply cannot be
    reworded here), which lint is right to report; a finding the engine does not confirm fails."""
    loaded = load_file(path)
    found = lint(loaded)
    assert [f"{d.code} {d.message}" for d in found if d.code != "RP428"] == []
    for d in found:
        if d.code == "RP428":
            state = d.message.split("'")[1]  # "the model reply of 'STATE', ..."
            assert engine_routes_to_a_wrong_move(loaded, state), d.message
