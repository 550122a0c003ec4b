"""`roleplay test FOLDER` counts and names what it skipped in its summary, as `validate FOLDER`
counts it: a scenario without golden tests, a `.yml` scenario, a link to nothing. Before, the
summary read `== 3 passed, 0 failed ==` over a folder where four files were never run (and the
exit code 2 of a broken link had no word in it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..cli.helpers import run_main


def _folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire", "--dir", "hires").returncode == 0
    assert run_main("new", "boat_hire", "--dir", "hires").returncode == 0
    folder = tmp_path / "hires"
    (folder / "boat_hire.tests.yaml").unlink()  # a scenario without golden tests
    (folder / "ghost.yaml").symlink_to("nowhere.yaml")  # a link to nothing
    (folder / "ghost.tests.yaml").symlink_to("nowhere.tests.yaml")
    (folder / "old_copy.yml").write_text(
        (folder / "van_hire.yaml").read_text("utf-8"), encoding="utf-8"
    )
    return folder


def test_the_summary_counts_and_names_every_skipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder(tmp_path, monkeypatch)
    res = run_main("test", "hires")
    assert res.returncode == 2  # the broken links
    summary = res.stdout.strip().splitlines()[-1]
    assert summary.startswith("== 3 passed, 0 failed, 4 skipped ("), summary
    for name, why in [
        ("hires/boat_hire.yaml", "no golden tests"),
        ("hires/ghost.yaml", "a link to nothing"),
        ("hires/ghost.tests.yaml", "a link to nothing"),
        ("hires/old_copy.yml", "a .yml file"),
    ]:
        assert f"{name}: {why}" in summary, summary


def test_json_lists_the_skipped_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder(tmp_path, monkeypatch)
    data = json.loads(run_main("test", "--json", "hires").stdout)
    skipped = {(s["file"], s["code"]) for s in data["skipped"]}
    assert skipped == {
        ("hires/boat_hire.yaml", "RP905"),
        ("hires/ghost.yaml", "RP001"),
        ("hires/ghost.tests.yaml", "RP001"),
        ("hires/old_copy.yml", "RP414"),
    }
    assert data["passed"] == 3 and data["exit"] == 2


def test_a_folder_with_no_tests_at_all_names_what_it_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "boat_hire").returncode == 0
    (tmp_path / "boat_hire.tests.yaml").unlink()
    res = run_main("test", ".")
    assert res.returncode == 0
    summary = res.stdout.strip().splitlines()[-1]
    assert "no tests ran" in summary and "1 skipped (boat_hire.yaml: no golden tests)" in summary


def test_a_clean_folder_has_no_skipped_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire").returncode == 0
    summary = run_main("test", ".").stdout.strip().splitlines()[-1]
    assert summary.startswith("== 3 passed, 0 failed in "), summary


def test_a_long_list_of_skipped_files_is_cut_in_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for n in range(7):
        assert run_main("new", f"hire_{n}").returncode == 0
        (tmp_path / f"hire_{n}.tests.yaml").unlink()
    res = run_main("test", ".")
    summary = res.stdout.strip().splitlines()[-1]
    assert "7 skipped (hire_0.yaml: no golden tests;" in summary, summary
    assert summary.endswith("; 2 more above) =="), summary
    above = res.stdout.strip().splitlines()[:-1]
    assert sum("RP905" in line for line in above) == 7  # every one is still listed above


def test_links_out_of_the_folder_are_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A golden-tests file linked from outside the folder, or one whose scenario is, is never
    read (RP011, as list, play and validate refuse such a scenario): `roleplay test FOLDER`
    followed both links (probe17)."""
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire", "--dir", "hires").returncode == 0
    assert run_main("new", "boat_hire", "--dir", "elsewhere").returncode == 0
    assert run_main("new", "bike_hire", "--dir", "elsewhere").returncode == 0
    folder, outside = tmp_path / "hires", tmp_path / "elsewhere"
    # boat_hire: only its tests are linked in; bike_hire: only its scenario
    (folder / "boat_hire.tests.yaml").symlink_to(outside / "boat_hire.tests.yaml")
    (folder / "bike_hire.yaml").symlink_to(outside / "bike_hire.yaml")
    (folder / "bike_hire.tests.yaml").write_text(
        (outside / "bike_hire.tests.yaml").read_text("utf-8"), encoding="utf-8"
    )
    data = json.loads(run_main("test", "--json", "hires").stdout)
    skipped = {(s["file"], s["code"]) for s in data["skipped"]}
    assert ("hires/boat_hire.tests.yaml", "RP011") in skipped
    assert ("hires/bike_hire.yaml", "RP011") in skipped
    assert data["exit"] == 2
    assert {f["file"] for f in data["files"]} == {"hires/van_hire.tests.yaml"}  # only this ran
    summary = run_main("test", "hires").stdout.strip().splitlines()[-1]
    assert "hires/boat_hire.tests.yaml: a link out of the folder" in summary, summary
