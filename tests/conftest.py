"""Shared fixtures. Every test runs with ROLEPLAY_HOME in a temporary folder and, outside
tests/scoring and the golden tests of the shipped scenarios, with the fixed test scorer
(ROLEPLAY_SCORER=fixed, inherited by CLI subprocesses): refitting or replacing the product's
scorer changes none of them. A test of the product's own scoring uses the ``product_scorer``
fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .budget import BUDGET

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("roleplay_home")
    monkeypatch.setenv("ROLEPLAY_HOME", str(home))
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(home / "config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("ROLEPLAY_SCORER", "fixed")
    return home


@pytest.fixture
def product_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Score with the product's scorer (what learners get), not the fixed test scorer."""
    monkeypatch.delenv("ROLEPLAY_SCORER", raising=False)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A scenario folder holding a copy of the frozen budget_pushback fixture."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(BUDGET, folder / "budget_pushback.yaml")
    return folder
