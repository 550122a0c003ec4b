"""The shipped library: enough scenarios, each rich enough to practise on, each with golden
tests that pass with the real scorer (a strong path to success and a weak path to failure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.engine.golden import GoldenReply, golden_path, load_tests, run_tests
from roleplay.scenario import load_file
from roleplay.scenario.model import DIMENSION_KEYS, Scenario
from roleplay.scoring import default_scorer

from ..conftest import SCENARIOS

# Golden tests of the shipped scenarios test the product: they score with the product's scorer.
pytestmark = pytest.mark.usefixtures("product_scorer")

FILES = sorted(p for p in SCENARIOS.glob("*.yaml") if not p.name.endswith(".tests.yaml"))


def _keys(sc: Scenario) -> list[set[str]]:
    return [set(t.when or {}) for st in sc.states.values() for t in st.transitions]


def test_library_size_difficulty_and_intents() -> None:
    scenarios = [load_file(p).scenario for p in FILES]
    assert len(scenarios) >= 12
    assert {s.difficulty for s in scenarios} == {"easy", "medium", "hard"}
    # The crux is content: every scenario branches on what was said and has a line that
    # reacts to it; the library uses every intent condition somewhere.
    for sc in scenarios:
        assert sc.intents, f"{sc.id} declares no intents"
        assert any("said" in keys for keys in _keys(sc)), f"{sc.id} never branches on an intent"
        reacting = [v for st in sc.states.values() for v in st.lines if v.when]
        assert reacting, f"{sc.id} has no line that reacts to the last reply"
    used = set().union(*(keys for sc in scenarios for keys in _keys(sc)))
    assert {"said", "said_all", "not_said"} <= used


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_goldens_pin_the_decisive_moves(path: Path) -> None:
    """Each scenario's golden tests assert the intent of at least one caving/refusing/proposing
    reply, so a matcher change that stops hearing it fails here, not silently in play."""
    loaded = load_tests(golden_path(path))
    pinned = [
        r
        for c in loaded.tests.cases
        for r in c.replies
        if isinstance(r, GoldenReply) and (r.said or r.not_said)
    ]
    assert len(pinned) >= 2


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_shape(path: Path) -> None:
    sc = load_file(path).scenario
    assert len(sc.states) >= 8
    assert {"success", "failure"} <= set(sc.endings.values())
    assert sc.counterpart.interests
    conditions = [set(t.when or {}) for st in sc.states.values() for t in st.transitions]
    assert any(keys & set(DIMENSION_KEYS) for keys in conditions), "no score-conditioned branch"
    assert any(keys & set(sc.meters) for keys in conditions), "no meter-conditioned branch"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_golden_transcripts_pass(path: Path) -> None:
    tests_path = golden_path(path)
    assert tests_path.is_file(), f"{path.name} has no golden tests"
    loaded = load_tests(tests_path)
    endings = {case.ending for case in loaded.tests.cases}
    assert {"success", "failure"} <= endings, (
        "needs a strong path to success and a weak one to failure"
    )
    results = run_tests(loaded, default_scorer())
    failures = {r.name: r.failures + r.trace for r in results if not r.passed}
    assert not failures


def test_roleplay_test_over_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", str(SCENARIOS)]) == 0
    assert " 0 failed" in capsys.readouterr().out
