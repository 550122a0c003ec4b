"""Helpers for the loader's tests: a scenario's head, the problems a text gets, and a rewrite
whose modification time surely differs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roleplay.errors import Diagnostic, ScenarioError
from roleplay.scenario import load_text

# the fields every test scenario needs before its `states:`
HEAD = (
    "id: x\ntitle: T\nsummary: S\nlearner: {role: L}\ncounterpart: {name: N, role: R}\nstart: a\n"
)


def problems(text: str) -> list[Diagnostic]:
    """The diagnostics of a scenario text that does not load (as x.yaml)."""
    with pytest.raises(ScenarioError) as info:
        load_text(text, "x.yaml")
    return info.value.diagnostics


def touch_later(path: Path, text: str) -> None:
    """Rewrite ``path`` so its modification time surely differs from before."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))
