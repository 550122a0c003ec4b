"""Shared fixtures. Every test runs with ROLEPLAY_HOME in a temporary folder and, outside
tests/scoring and the golden tests of the shipped scenarios, with the fixed test scorer
(ROLEPLAY_SCORER=fixed, inherited by CLI subprocesses): refitting or replacing the product's
scorer changes none of them. A test of the product's own scoring uses the ``product_scorer``
fixture."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from textual.notifications import SeverityLevel

from .budget import BUDGET

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Keeps an xdist worker's exit short. After a worker tells the controller it is done
    (after this hook), pytest runs five full garbage collections to report errors raised in
    finalizers; over the suite's heap they took seconds on a loaded machine, and execnet sends
    SIGINT to a worker still busy 5 s after the controller asked it to exit: a stray
    KeyboardInterrupt, reported as an unraisable exception wherever it lands (often in
    hypothesis's gc callback). Collecting here, once the session's fixtures are torn down and
    before the worker says it is done, until nothing is left, then freezing the survivors,
    still reports every finalizer's error and leaves pytest's later collections nothing to walk."""
    if not hasattr(session.config, "workerinput"):
        return
    for _ in range(10):  # the garbage a finalizer leaves is collected by the next pass
        if not gc.collect():
            break
    gc.freeze()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("roleplay_home")
    monkeypatch.setenv("ROLEPLAY_HOME", str(home))
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(home / "config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("ROLEPLAY_SCORER", "fixed")
    return home


# A toast in a test stays for this long: tests read what the app told the learner from the
# app's notifications, and a 3-second toast could expire on a loaded machine before the test
# got to read it (the debrief opened after a cancelled reply took longer than that once).
TEST_TOAST_S = 3600.0


@pytest.fixture(autouse=True)
def _toasts_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.app import App

    shown = App.notify

    def notify(
        self: App[object],
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        shown(self, message, title=title, severity=severity, timeout=TEST_TOAST_S, markup=markup)

    monkeypatch.setattr(App, "notify", notify)


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
