"""A bare name that is no shipped scenario's id gets the same code and hint from every command
that reads a scenario (RP005, as the code table says: an id names only shipped scenarios), and
`validate` does not count what it could not find among the files it checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..budget import BUDGET
from ..cli.helpers import run_main

COMMANDS = [
    ["validate"],
    ["lint"],
    ["test"],
    ["graph"],
    ["intents", "boat_trip", "a reply"],
    ["dev"],
    ["play"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_unknown_bare_name_is_rp005_with_the_same_hint_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path / "home"))
    (tmp_path / "boat_trip.yaml").write_text(
        BUDGET.read_text(encoding="utf-8").replace("id: budget_pushback", "id: boat_trip", 1),
        encoding="utf-8",
    )
    args = command if len(command) > 1 else [*command, "boat_trip"]
    ran = run_main(*args)
    text = ran.stdout + ran.stderr
    assert ran.returncode == 2, text
    line = next(row for row in text.splitlines() if " RP0" in row)
    assert line == (
        "boat_trip RP005 no shipped scenario called 'boat_trip' (an id names a shipped "
        "scenario; for your file give its path: boat_trip.yaml)"
    ), text


def test_validate_counts_a_missing_file_as_not_found_not_checked(tmp_path: Path) -> None:
    ran = run_main("validate", "-q", str(tmp_path / "missing.yaml"), str(BUDGET))
    lines = ran.stdout.splitlines()
    assert lines[-1] == "1 file(s) checked, 1 not found: 1 error(s), 0 warning(s)", lines
    assert ran.returncode == 2
    alone = run_main("validate", str(tmp_path / "missing.yaml"))
    assert alone.stdout.splitlines()[-1] == (
        "0 file(s) checked, 1 not found: 1 error(s), 0 warning(s)"
    )


def test_validate_reads_an_unknown_bare_name_as_an_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = run_main("validate", "boat_trip")
    assert "boat_trip RP005 no shipped scenario called 'boat_trip'" in ran.stdout
    assert ran.stdout.splitlines()[-1] == (
        "0 file(s) checked, 1 not found: 1 error(s), 0 warning(s)"
    )
