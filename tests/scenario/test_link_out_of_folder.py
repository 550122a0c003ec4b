"""RP011: a ``*.yaml`` symbolic link in a scenario folder that leads out of the folder is never
read by `list`, the picker's catalogue, `play ID` or `validate FOLDER`; it is said in one line
(exit 2) instead. RP209 (probe16) only kept a linked system file from being echoed; the link
was still followed and read (probe17). A link to a file inside the folder is followed, and a
file named on the command line by its path is read wherever it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.errors import RoleplayError
from roleplay.scenario.catalogue import CatalogueCache, load_catalogue
from roleplay.scenario.library import resolve

from ..budget import BUDGET
from ..cli.helpers import run_main

SECRET = "id: leaked_secret\ntitle: SECRET TITLE\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.yaml").write_text(SECRET, encoding="utf-8")
    (outside / "budget_pushback.yaml").write_text(BUDGET.read_text(encoding="utf-8"))
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "budget_pushback.yaml").write_text(BUDGET.read_text(encoding="utf-8"))
    (pack / "notes.yaml").symlink_to(outside / "secret.yaml")
    (pack / "budget_copy.yaml").symlink_to(outside / "budget_pushback.yaml")
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(pack))
    return pack


def test_list_refuses_a_link_out_of_the_folder_in_one_line(folder: Path) -> None:
    listed = run_main("list")
    assert listed.returncode == 2
    refused = [line for line in listed.stderr.splitlines() if "RP011" in line]
    assert len(refused) == 2, listed.stderr  # the secret and the scenario both refused
    assert all(str(folder) in line for line in refused)
    assert "SECRET" not in listed.stdout + listed.stderr
    assert "budget_pushback" in listed.stdout  # the folder's own scenario is listed
    again = run_main("list")  # the catalogue cache never lets it through either
    assert again.returncode == 2 and again.stderr.count("RP011") == 2


def test_the_catalogue_gives_an_error_entry_without_reading_it(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "catalogue.json"
    for _ in range(2):  # cold, then warm
        entries = {e.path.name: e for e in load_catalogue(folder, cache) if e.path is not None}
        assert entries["notes.yaml"].error is not None and "RP011" in entries["notes.yaml"].error
        assert entries["notes.yaml"].loaded is None
        assert "SECRET" not in entries["notes.yaml"].error
        assert entries["budget_pushback.yaml"].error is None


def test_a_link_re_pointed_out_of_the_folder_is_not_taken_from_the_cache(
    folder: Path, tmp_path: Path
) -> None:
    cache_file = tmp_path / "catalogue.json"
    inner = folder / "inner.yaml"
    inner.symlink_to(folder / "budget_pushback.yaml")
    entries = load_catalogue(folder, cache_file)
    assert next(e for e in entries if e.path == inner).error is None
    assert CatalogueCache(cache_file).get(inner) is not None
    inner.unlink()
    inner.symlink_to(folder.parent / "elsewhere" / "budget_pushback.yaml")
    assert CatalogueCache(cache_file).get(inner) is None


def test_play_by_id_refuses_it(folder: Path) -> None:
    with pytest.raises(RoleplayError) as caught:
        resolve("notes")
    assert caught.value.code == "RP011"
    played = run_main("play", "budget_copy", "--plain", stdin="/quit\n")
    assert played.returncode == 2
    assert played.stderr.count("\n") == 1 and "RP011" in played.stderr, played.stderr


def test_validate_on_the_folder_reports_it_as_skipped(folder: Path) -> None:
    checked = run_main("validate", str(folder))
    said = [line for line in checked.stdout.splitlines() if "RP011" in line]
    assert len(said) == 2, checked.stdout
    assert "SECRET" not in checked.stdout + checked.stderr
    assert checked.returncode == 2


def test_a_link_inside_the_folder_and_a_named_file_are_followed(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "short.yaml").symlink_to("budget_pushback.yaml")  # relative, inside
    linked_pack = tmp_path / "pack_link"
    linked_pack.symlink_to(folder)  # the folder itself reached through a link
    entries = {e.path.name: e for e in load_catalogue(linked_pack, use_cache=False) if e.path}
    assert entries["short.yaml"].error is None
    assert resolve("short") == folder / "short.yaml"
    named = run_main("validate", "-q", str(folder / "budget_copy.yaml"))
    assert "RP011" not in named.stdout + named.stderr and named.returncode == 0, named.stdout


def test_a_link_to_a_device_or_to_nothing_is_said_not_skipped(folder: Path) -> None:
    """probe18: a link out of the folder to something that is not a regular file
    (``zero.yaml -> /dev/zero``) and a link to nothing were left out of `roleplay list` and
    the picker in silence (`play zero` even suggested 'zero'); now RP011 and RP001 say them."""
    (folder / "zero.yaml").symlink_to("/dev/zero")
    (folder / "gone.yaml").symlink_to(folder / "drafts" / "gone.yaml")
    listed = run_main("list")
    assert listed.returncode == 2
    said = {line.split(" RP")[0].split()[-1]: line for line in listed.stderr.splitlines()}
    assert "RP011" in said[str(folder / "zero.yaml")] and "/dev/zero" in listed.stderr
    assert "RP001" in said[str(folder / "gone.yaml")] and "drafts" in listed.stderr
    entries = {e.path.name: e for e in load_catalogue(folder) if e.path is not None}
    assert entries["zero.yaml"].error is not None and "RP011" in entries["zero.yaml"].error
    assert entries["gone.yaml"].error is not None and "RP001" in entries["gone.yaml"].error
    for name, code in (("zero", "RP011"), ("gone", "RP001")):
        played = run_main("play", name, "--plain", stdin="hi\n")
        assert played.returncode == 2 and code in played.stderr, played.stderr
        assert "did you mean" not in played.stderr
