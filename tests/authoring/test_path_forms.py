"""Every authoring command reads a path the same way: a path names a file, and a path without
`.yaml` whose scenario exists beside it is refused with the same one-line RP001 and its guess,
never run by one command and refused by the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main

from .test_golden import SCENARIO, TESTS


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "mini.yaml").write_text(SCENARIO)
    (folder / "mini.tests.yaml").write_text(TESTS)
    return folder


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["lint"],
        ["test"],
        ["graph"],
        ["intents", "--state", "a"],
    ],
    ids=lambda c: c[0],
)
def test_a_path_without_its_yaml_suffix_is_refused_alike_with_a_guess(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    folder = _folder(tmp_path)
    extra = ["a reply"] if command[0] == "intents" else []
    assert main([*command[:1], str(folder / "mini"), *command[1:], *extra]) == 2
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "RP001" in text
    assert f"did you mean {folder / 'mini.yaml'}?" in text
    assert "PASSED" not in text


def test_test_json_names_the_missing_path_and_its_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    assert main(["test", "--json", str(folder / "mini")]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit"] == 2 and doc["passed"] == 0
    assert [n["code"] for n in doc["notes"]] == ["RP001"]
    assert doc["notes"][0]["hint"] == f"did you mean {folder / 'mini.yaml'}?"


def test_the_path_with_its_suffix_and_the_folder_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    main(["test", str(folder / "mini.yaml")])
    assert "::good path" in capsys.readouterr().out
    main(["test", str(folder)])
    assert "::good path" in capsys.readouterr().out
