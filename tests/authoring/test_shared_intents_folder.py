"""A folder with a file of shared intents (docs/authoring.md, `include:`) validates and tests as
the scenarios in it: the shared file is not taken for a broken scenario, and a pipe or a folder
named like a tests file never blocks `roleplay test`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from roleplay.scenario.library import scenario_files, shared_intents_file

from ..budget import BUDGET
from ..cli.helpers import run_main

SHARED = """\
# shared by the scenarios in this folder
"intents":
  ask_need:
    examples:
      - "What do you actually need from this?"
      - "Help me understand what matters most to you here."
      - "What would a good outcome look like for you?"
"""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "common_intents.yaml").write_text(SHARED, encoding="utf-8")
    text = BUDGET.read_text(encoding="utf-8")
    text = text.replace("\nstart:", "\ninclude: [common_intents.yaml]\nstart:", 1)
    (tmp_path / "budget_pushback.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_shared_intents_file_is_not_a_scenario(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert shared_intents_file(folder / "common_intents.yaml")
    assert not shared_intents_file(folder / "budget_pushback.yaml")
    assert scenario_files(folder) == [folder / "budget_pushback.yaml"]
    checked = run_main("validate", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "RP201" not in checked.stdout and "1 file(s) checked: 0 error(s)" in checked.stdout


def test_roleplay_test_skips_pipes_and_folders_named_like_tests(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "blocked.tests.yaml")  # opening it would wait for a writer forever
    (folder / "folder.tests.yaml").mkdir()
    tested = run_main("test", str(folder))  # returns: nothing waits on the pipe
    said = tested.stdout + tested.stderr
    assert "RP905" in said and "budget_pushback" in said  # it has no tests file: said so
    assert "blocked" not in said and "folder.tests" not in said
    assert "common_intents" not in said  # not a scenario, so not one "without golden tests"


def test_a_shared_intents_file_named_on_its_own_is_checked_as_one(tmp_path: Path) -> None:
    shared = _folder(tmp_path) / "common_intents.yaml"
    checked = run_main("validate", str(shared))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "RP201" not in checked.stdout
    assert f"{shared}: a file of shared intents (1 intent)" in checked.stdout
    as_json = json.loads(run_main("validate", "--json", str(shared)).stdout)
    assert as_json["exit"] == 0 and as_json["files"][0]["shared_intents"] == 1


def test_problems_in_a_shared_intents_file_named_on_its_own_point_into_it(tmp_path: Path) -> None:
    shared = tmp_path / "common_intents.yaml"
    shared.write_text(
        'intents:\n  Ask_Need:\n    examples: "What do you need?"\n    nope: 1\n', encoding="utf-8"
    )
    checked = run_main("validate", str(shared))
    assert checked.returncode == 2
    lines = checked.stdout.splitlines()[:-1]  # the last line counts the errors
    assert [line.split(" ")[:2] for line in lines] == [
        [f"{shared}:2:3", "RP205"],
        [f"{shared}:3:15", "RP203"],
        [f"{shared}:4:5", "RP202"],
    ]


@pytest.mark.parametrize("command", ["play", "graph", "test", "intents"])
def test_a_shared_intents_file_is_not_played_as_a_scenario(tmp_path: Path, command: str) -> None:
    shared = _folder(tmp_path) / "common_intents.yaml"
    extra = ["Hello"] if command == "intents" else ["--plain"] if command == "play" else []
    done = run_main(command, str(shared), *extra)
    assert done.returncode == 2
    (line,) = (done.stdout + done.stderr).strip().splitlines()[:1]
    assert f"{shared}:1:1 RP207 this is a file of shared intents" in line
    assert "RP201" not in done.stdout + done.stderr


@pytest.mark.parametrize("name", ["budget_pushbak.yaml", "missing/budget_pushback.yaml"])
def test_roleplay_test_on_a_missing_scenario_fails(tmp_path: Path, name: str) -> None:
    done = run_main("test", str(tmp_path / name))  # was: exit 0, "no golden tests"
    assert done.returncode == 2
    assert f"{tmp_path / name} RP001 no such file" in done.stdout
    # counted as `validate` counts it: a path that names nothing did not "fail to load" (writer21)
    assert done.stdout.rstrip().endswith("== no tests ran: 1 not found ==")


def test_roleplay_test_on_a_broken_scenario_says_it_did_not_load(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    done = run_main("test", str(broken))
    assert done.returncode == 2
    assert done.stdout.rstrip().endswith("== no tests ran: a scenario did not load ==")


BARE = "intents:" + SHARED.split('"intents":', 1)[1]  # `intents:` on the first line


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + BARE,  # saved by an editor with a byte-order mark before `intents:`
        '{intents: {ask_need: {examples: ["What do you need?", "What matters most?",'
        ' "What would a good outcome be?"]}}}\n',  # one flow mapping
    ],
    ids=["bom", "flow"],
)
def test_a_shared_intents_file_written_unusually_is_still_checked_as_one(
    tmp_path: Path, text: str
) -> None:
    shared = tmp_path / "shared_intents.yaml"
    shared.write_text(text, encoding="utf-8")
    checked = run_main("validate", str(shared))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "RP207" not in checked.stdout and "RP201" not in checked.stdout
    assert f"{shared}: a file of shared intents (1 intent)" in checked.stdout


def test_a_shared_intents_file_with_a_byte_order_mark_is_left_out_of_its_folder(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    common = folder / "common_intents.yaml"
    common.write_text("\ufeff" + BARE, encoding="utf-8")
    assert shared_intents_file(common)
    assert scenario_files(folder) == [folder / "budget_pushback.yaml"]
