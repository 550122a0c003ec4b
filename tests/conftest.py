"""Shared fixtures. Every test runs with ROLEPLAY_HOME in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("roleplay_home")
    monkeypatch.setenv("ROLEPLAY_HOME", str(home))
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(home / "config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home
