"""`roleplay validate FOLDER` names every file it skipped, one short line each with the reason,
just above its summary (the summary counted them, and their reasons were long lines among the
other problems); `--json` gives each skipped entry its reason too."""

from __future__ import annotations

import json
from pathlib import Path

from ..budget import BUDGET
from ..cli.helpers import run_main


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hires"
    folder.mkdir()
    (folder / "budget_pushback.yaml").write_text(
        BUDGET.read_text(encoding="utf-8"), encoding="utf-8"
    )
    text = BUDGET.read_text(encoding="utf-8").replace("id: budget_pushback", "id: boat_hire", 1)
    (folder / "boat_hire.yml").write_text(text, encoding="utf-8")
    (folder / "ghost.yaml").symlink_to(folder / "drafts" / "ghost.yaml")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(text, encoding="utf-8")
    (folder / "far.yaml").symlink_to(outside)
    return folder


def test_each_skipped_file_is_named_above_the_summary(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    for quiet in ([], ["-q"]):
        checked = run_main("validate", *quiet, str(folder))
        lines = checked.stdout.splitlines()
        assert lines[-1] == "1 file(s) checked, 3 skipped: 2 error(s), 1 warning(s)", lines
        assert lines[-4:-1] == [
            f"skipped {folder / 'boat_hire.yml'}: a .yml file",
            f"skipped {folder / 'far.yaml'}: a link out of the folder",
            f"skipped {folder / 'ghost.yaml'}: a link to nothing",
        ], lines
        assert checked.returncode == 2


def test_nothing_skipped_adds_no_line(tmp_path: Path) -> None:
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "budget_pushback.yaml").write_text(
        BUDGET.read_text(encoding="utf-8"), encoding="utf-8"
    )
    checked = run_main("validate", str(folder))
    assert not [line for line in checked.stdout.splitlines() if line.startswith("skipped ")]


def test_the_json_gives_each_skipped_entry_its_reason(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    data = json.loads(run_main("validate", "--json", str(folder)).stdout)
    reasons = {Path(f["file"]).name: f["reason"] for f in data["files"] if f.get("skipped")}
    assert reasons == {
        "boat_hire.yml": "a .yml file",
        "far.yaml": "a link out of the folder",
        "ghost.yaml": "a link to nothing",
    }
