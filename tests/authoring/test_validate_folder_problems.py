"""`roleplay validate FOLDER` says what it could not check instead of skipping it in silence: a
dangling `*.yaml` symlink (RP001), a `*.yaml` entry it cannot read (RP002) and a folder it
cannot list (RP002), each on one line with its path, counted in the summary, exit 2. An editor's
lock link (Emacs `.#name.yaml`, dangling by design) and the folders and pipes a folder may hold
stay out quietly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ..budget import BUDGET
from ..cli.helpers import run_main


def _folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "budget_pushback.yaml").write_text(
        BUDGET.read_text(encoding="utf-8"), encoding="utf-8"
    )
    return tmp_path


def test_a_dangling_symlink_is_reported_and_counted(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "vendor_renewal.yaml").symlink_to(folder / "drafts" / "vendor_renewal.yaml")
    checked = run_main("validate", str(folder))
    lines = checked.stdout.splitlines()
    said = [line for line in lines if "vendor_renewal.yaml" in line]
    # said once at length, and named once above the summary (test_validate_skipped_named.py)
    assert len(said) == 2 and "RP001" in said[0], checked.stdout
    assert said[1] == f"skipped {folder / 'vendor_renewal.yaml'}: a link to nothing"
    assert "drafts" in said[0]  # where the link points
    assert "1 file(s) checked, 1 skipped: 1 error(s), 0 warning(s)" in checked.stdout
    assert checked.returncode == 2


def test_a_symlink_loop_is_reported_as_unreadable(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    checked = run_main("validate", str(folder))
    said = [line for line in checked.stdout.splitlines() if "loop.yaml" in line]
    assert len(said) == 2 and "RP002" in said[0], checked.stdout
    assert said[1] == f"skipped {folder / 'loop.yaml'}: cannot be read"
    assert checked.returncode == 2


def test_a_folder_it_cannot_list_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readable = _folder(tmp_path / "open")
    private = tmp_path / "private"
    private.mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == private:  # as for a folder without read permission (tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("roleplay.scenario.library.os.scandir", scandir)
    checked = run_main("validate", str(readable), str(private))
    said = [line for line in checked.stdout.splitlines() if "private" in line]
    assert len(said) == 2 and "RP002" in said[0] and "Permission denied" in said[0]
    assert said[1] == f"skipped {private}: cannot be read"
    assert "1 file(s) checked, 1 skipped" in checked.stdout
    assert checked.returncode == 2
    alone = run_main("validate", str(private))  # not "no scenario files found"
    assert "RP002" in alone.stdout + alone.stderr and "no scenario files" not in alone.stderr
    assert alone.returncode == 2


def test_the_json_lists_what_was_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    checked = run_main("validate", "--json", str(folder))
    data = json.loads(checked.stdout)
    skipped = [f for f in data["files"] if f.get("skipped")]
    assert [Path(f["file"]).name for f in skipped] == ["gone.yaml"]
    assert skipped[0]["diagnostics"][0]["code"] == "RP001"
    assert data["exit"] == 2 and checked.returncode == 2


def test_editor_locks_folders_and_pipes_stay_out_quietly(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / ".#budget_pushback.yaml").symlink_to("someone@host.1234:1700000000")
    (folder / "old.yaml").mkdir()
    os.mkfifo(folder / "pipe.yaml")
    checked = run_main("validate", str(folder))
    assert checked.returncode == 0, checked.stdout
    assert "1 file(s) checked: 0 error(s), 0 warning(s)" in checked.stdout
    assert "skipped" not in checked.stdout


def test_a_symlink_to_a_device_or_a_pipe_is_named_with_its_reason(tmp_path: Path) -> None:
    """A `*.yaml` symlink to a device out of the folder (`-> /dev/null`) was skipped in silence,
    though RP011 promises to say every link out of the folder whatever it leads to, and so was
    a symlink inside the folder to a named pipe: someone made each link to stand for a
    scenario, so each is said at length, named above the summary with why, counted, exit 2,
    and never opened (a pipe would wait for a writer). A pipe itself stays out quietly."""
    folder = _folder(tmp_path)
    (folder / "null.yaml").symlink_to("/dev/null")
    os.mkfifo(folder / "pipe")
    (folder / "piped.yaml").symlink_to(folder / "pipe")
    checked = run_main("validate", str(folder))
    lines = checked.stdout.splitlines()
    null = [line for line in lines if "null.yaml" in line]
    assert len(null) == 2 and "RP011" in null[0] and "/dev/null" in null[0], checked.stdout
    assert null[1] == f"skipped {folder / 'null.yaml'}: a link out of the folder"
    piped = [line for line in lines if "piped.yaml" in line]
    assert len(piped) == 2 and "RP002" in piped[0] and "a named pipe" in piped[0], checked.stdout
    assert piped[1] == f"skipped {folder / 'piped.yaml'}: a link to a pipe, device or socket"
    assert "1 file(s) checked, 2 skipped: 2 error(s), 0 warning(s)" in checked.stdout
    assert checked.returncode == 2
    data = json.loads(run_main("validate", "--json", str(folder)).stdout)
    reasons = {Path(f["file"]).name: f["reason"] for f in data["files"] if f.get("skipped")}
    assert reasons == {
        "null.yaml": "a link out of the folder",
        "piped.yaml": "a link to a pipe, device or socket",
    }
    tested = run_main("test", str(folder))  # `test FOLDER` reads the folder the same way
    assert "piped.yaml: a link to a pipe, device or socket" in tested.stdout, tested.stdout
    assert tested.returncode == 2


def test_roleplay_test_names_a_golden_tests_link_to_a_device_or_a_pipe(tmp_path: Path) -> None:
    """`roleplay test FOLDER` skipped `x.tests.yaml -> /dev/null` in silence (and said "add
    x.tests.yaml"), as `validate FOLDER` did scenario links: a link out of the folder is RP011
    whatever it leads to, one inside it to a pipe is RP002; both named, counted, exit 2."""
    folder = _folder(tmp_path)
    (folder / "budget_pushback.tests.yaml").symlink_to("/dev/null")
    tested = run_main("test", str(folder))
    said = tested.stdout + tested.stderr
    assert "budget_pushback.tests.yaml RP011" in said, said
    assert "budget_pushback.tests.yaml: a link out of the folder" in said
    assert tested.returncode == 2
    (folder / "budget_pushback.tests.yaml").unlink()
    os.mkfifo(folder / "pipe")
    (folder / "budget_pushback.tests.yaml").symlink_to(folder / "pipe")
    tested = run_main("test", str(folder))
    said = tested.stdout + tested.stderr
    assert "budget_pushback.tests.yaml RP002" in said and "a named pipe" in said, said
    assert "budget_pushback.tests.yaml: a link to a pipe, device or socket" in said
    assert tested.returncode == 2


def test_roleplay_test_on_a_folder_says_what_it_could_not_run(tmp_path: Path) -> None:
    """`roleplay test FOLDER` left a dangling scenario link or tests link out in silence, so a
    folder whose tests were all links to a moved drafts folder passed with nothing run."""
    folder = _folder(tmp_path)
    (folder / "vendor_renewal.yaml").symlink_to(folder / "drafts" / "vendor_renewal.yaml")
    (folder / "vendor_renewal.tests.yaml").symlink_to(folder / "drafts" / "vendor.tests.yaml")
    tested = run_main("test", str(folder))
    said = tested.stdout + tested.stderr
    lines = [line for line in said.splitlines() if "vendor_renewal" in line]
    *notes, summary = lines  # the summary names them too (tests/authoring/test_test_skipped.py)
    assert len(notes) == 2 and all("RP001" in line for line in notes), said
    assert summary.startswith("== no tests ran: no golden tests found, 3 skipped ("), summary
    assert tested.returncode == 2


def _as_yml(folder: Path, name: str) -> Path:
    text = BUDGET.read_text(encoding="utf-8").replace("id: budget_pushback", f"id: {name}", 1)
    path = folder / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_yml_scenario_is_told_to_be_renamed(tmp_path: Path) -> None:
    """A scenario saved as `.yml` validated when named, but golden tests (RP902), `play ID` and
    a folder's checks look for `.yaml`: in a folder it was skipped in silence. Named, it gets
    RP414; in a folder, a warning line and a count, so the trainer knows it was not checked."""
    folder = _folder(tmp_path)
    yml = _as_yml(folder, "vendor_renewal")
    named = run_main("validate", str(yml))
    assert "RP414" in named.stdout and "vendor_renewal.yaml" in named.stdout, named.stdout
    assert named.returncode == 0  # a warning
    checked = run_main("validate", str(folder))
    said = [line for line in checked.stdout.splitlines() if "vendor_renewal.yml" in line]
    assert len(said) == 2 and "RP414" in said[0] and "warning" in said[0], checked.stdout
    assert said[1] == f"skipped {yml}: a .yml file"
    assert "1 file(s) checked, 1 skipped: 0 error(s), 1 warning(s)" in checked.stdout
    assert checked.returncode == 0


def test_other_yml_files_in_a_folder_stay_out_quietly(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "docker-compose.yml").write_text("services:\n  app: {image: x}\n", encoding="utf-8")
    (folder / "budget_pushback.tests.yml").write_text("cases: []\n", encoding="utf-8")
    checked = run_main("validate", str(folder))
    assert "1 file(s) checked: 0 error(s), 0 warning(s)" in checked.stdout, checked.stdout
