"""The shipped library: enough scenarios, each rich enough to practise on, each with golden
tests that pass with the real scorer (a strong path to success and a weak path to failure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.engine.golden import golden_path, load_tests, run_tests
from roleplay.scenario import load_file
from roleplay.scenario.model import DIMENSION_KEYS
from roleplay.scoring import default_scorer

from ..conftest import SCENARIOS

# Golden tests of the shipped scenarios test the product: they score with the product's scorer.
pytestmark = pytest.mark.usefixtures("product_scorer")

FILES = sorted(p for p in SCENARIOS.glob("*.yaml") if not p.name.endswith(".tests.yaml"))


def test_library_size_difficulty_and_mentions() -> None:
    scenarios = [load_file(p).scenario for p in FILES]
    assert len(scenarios) >= 12
    assert {s.difficulty for s in scenarios} == {"easy", "medium", "hard"}
    with_mentions = [
        s.id for s in scenarios
        if any("mentions" in (t.when or {}) for st in s.states.values() for t in st.transitions)
    ]
    assert len(with_mentions) >= 2


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_shape(path: Path) -> None:
    sc = load_file(path).scenario
    assert len(sc.states) >= 8
    assert {"success", "failure"} <= set(sc.endings.values())
    assert sc.counterpart.interests
    conditions = [
        set(t.when or {}) for st in sc.states.values() for t in st.transitions
    ]
    assert any(keys & set(DIMENSION_KEYS) for keys in conditions), "no score-conditioned branch"
    assert any(keys & set(sc.meters) for keys in conditions), "no meter-conditioned branch"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_golden_transcripts_pass(path: Path) -> None:
    tests_path = golden_path(path)
    assert tests_path.is_file(), f"{path.name} has no golden tests"
    loaded = load_tests(tests_path)
    endings = {case.ending for case in loaded.tests.cases}
    assert {"success", "failure"} <= endings, "needs a strong path to success and a weak one to failure"
    results = run_tests(loaded, default_scorer())
    failures = {r.name: r.failures + r.trace for r in results if not r.passed}
    assert not failures


def test_roleplay_test_over_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", str(SCENARIOS)]) == 0
    assert " 0 failed" in capsys.readouterr().out
