"""The published JSON Schema matches the model, and shipped scenarios point editors at it."""

from __future__ import annotations

import json

import pytest

from roleplay.cli import main

from ..conftest import REPO, SCENARIOS

SCHEMA = REPO / "schema" / "scenario.schema.json"


def test_committed_schema_equals_current_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    current = json.loads(capsys.readouterr().out)
    assert json.loads(SCHEMA.read_text()) == current, "run `make schema` and commit the result"


def test_shipped_scenarios_reference_the_schema() -> None:
    line = "# yaml-language-server: $schema=../schema/scenario.schema.json"
    for path in SCENARIOS.glob("*.yaml"):
        if not path.name.endswith(".tests.yaml"):
            assert path.read_text().splitlines()[0] == line, path.name
