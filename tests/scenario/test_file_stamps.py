"""What a scenario's caches and its hot reload watch: the file and exactly the files it includes.

Found in review: a scenario with `include:` (and any broken scenario) stamped every folder and
YAML file under its folder on each load, cache check and poll of `roleplay dev`, so a scenario
kept in a big folder (a home directory, a repository) cost a walk of the whole tree each second.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roleplay.scenario import file_stamps
from roleplay.scenario.file_stamps import dependencies, dependency_stamps
from roleplay.scenario.watch import Broken, Reloaded, ScenarioWatcher

from .test_includes import COMMON, SCENARIO


@pytest.fixture
def no_folder_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing any folder fails the test: only the named files may be looked at."""

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"listed a folder: {args}")

    for name in ("walk", "scandir", "listdir"):
        monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(Path, "rglob", refuse)
    monkeypatch.setattr(Path, "glob", refuse)
    monkeypatch.setattr(Path, "iterdir", refuse)


def _crowded_folder(folder: Path) -> None:
    """Other scenarios, shared files and subfolders beside the one under test."""
    for i in range(5):
        sub = folder / f"team{i}" / "drafts"
        sub.mkdir(parents=True)
        (sub / f"draft{i}.yaml").write_text("id: [broken\n", encoding="utf-8")
        (folder / f"other{i}.yaml").write_text(COMMON, encoding="utf-8")


def test_a_scenario_depends_on_exactly_the_files_it_includes(
    tmp_path: Path, no_folder_listing: None
) -> None:
    _crowded_folder(tmp_path)
    (tmp_path / "common.yaml").write_text(COMMON, encoding="utf-8")
    path = tmp_path / "shared.yaml"
    path.write_text(SCENARIO % "[common.yaml, more/extra.yaml]", encoding="utf-8")
    assert dependencies(path) == [tmp_path / "common.yaml", tmp_path / "more" / "extra.yaml"]
    stamps = dependency_stamps(path)
    assert stamps[str(tmp_path / "common.yaml")] is not None
    assert stamps[str(tmp_path / "more" / "extra.yaml")] is None  # not there yet


def test_a_broken_scenario_without_include_depends_on_nothing_else(
    tmp_path: Path, no_folder_listing: None
) -> None:
    _crowded_folder(tmp_path)
    path = tmp_path / "broken.yaml"
    path.write_text("id: [broken\ninclude: [x.yaml\n", encoding="utf-8")
    assert dependencies(path) == []
    path.write_text((SCENARIO % "common.yaml").replace("title: T", "title: [T"), encoding="utf-8")
    assert dependencies(path) == []  # syntax error before the include: the file must change


@pytest.mark.parametrize(
    ("include", "names"),
    [
        ("common.yaml", ["common.yaml"]),
        ('"common.yaml"', ["common.yaml"]),
        ("[a.yaml, b.yaml]", ["a.yaml", "b.yaml"]),
        ("\n  - a.yaml\n  - sub/b.yaml", ["a.yaml", "sub/b.yaml"]),
        ("[/etc/passwd, ../up.yaml, a.yaml, '']", ["a.yaml"]),  # refused whatever they hold
        ("{a: b.yaml}", []),
        ("[[a.yaml], b.yaml]", ["b.yaml"]),
    ],
)
def test_the_include_names_are_read_from_any_yaml_shape(
    tmp_path: Path, include: str, names: list[str]
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SCENARIO % include, encoding="utf-8")
    assert dependencies(path) == [tmp_path / n for n in names]


def test_include_in_flow_style_or_after_the_states_is_found(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text('{"id": "s", "states": {"include": "no.yaml"}, "include": ["a.yaml"]}\n')
    assert dependencies(path) == [tmp_path / "a.yaml"]
    text = SCENARIO.replace("include: %s\n", "") + "include: [late.yaml]\n"
    path.write_text(text, encoding="utf-8")
    assert dependencies(path) == [tmp_path / "late.yaml"]
    path.write_text(SCENARIO.replace("include: %s\n", ""), encoding="utf-8")
    assert dependencies(path) == []  # `include` only as a word inside a line


def test_includes_resolve_beside_the_real_file_of_a_linked_scenario(tmp_path: Path) -> None:
    real = tmp_path / "library"
    real.mkdir()
    (real / "s.yaml").write_text(SCENARIO % "common.yaml", encoding="utf-8")
    os.symlink(real / "s.yaml", tmp_path / "link.yaml")
    assert dependencies(tmp_path / "link.yaml") == [real / "common.yaml"]


def test_polling_an_unchanged_scenario_reads_its_includes_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "common.yaml").write_text(COMMON, encoding="utf-8")
    path = tmp_path / "shared.yaml"
    path.write_text(SCENARIO % "[common.yaml]", encoding="utf-8")
    reads: list[str] = []
    real = file_stamps._include_value

    def counted(text: str) -> list[str]:
        reads.append(text)
        return real(text)

    monkeypatch.setattr(file_stamps, "_include_value", counted)
    file_stamps._included.cache_clear()
    watcher = ScenarioWatcher(path)
    assert isinstance(watcher.load(), Reloaded)
    for _ in range(20):
        assert watcher.poll() is None
    assert len(reads) == 1
    path.write_text(SCENARIO % "[common.yaml]" + "\n", encoding="utf-8")
    assert isinstance(watcher.poll(), Reloaded)
    assert len(reads) == 2


def _save(path: Path, text: str) -> None:
    """Write and move the time on, so the change shows on a coarse-clock file system."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10_000_000, before + 10_000_000))


def test_hot_reload_follows_the_included_files_and_ignores_the_rest_of_the_folder(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.yaml"
    _save(path, SCENARIO % "[common.yaml]")
    watcher = ScenarioWatcher(path)
    missing = watcher.load()
    assert isinstance(missing, Broken) and missing.diagnostics[0].code == "RP306"
    _save(tmp_path / "common.yaml", COMMON)  # the missing include appears
    loaded = watcher.poll()
    assert isinstance(loaded, Reloaded)
    _crowded_folder(tmp_path)  # other files and folders come and go
    _save(tmp_path / "other0.yaml", COMMON + "\n# edited\n")
    assert watcher.poll() is None
    _save(tmp_path / "common.yaml", COMMON.replace("Split it over", "Spread it over"))
    edited = watcher.poll()
    assert isinstance(edited, Reloaded)
    assert "Spread it over two quarters." in edited.loaded.scenario.intents["unused_one"].examples
    (tmp_path / "common.yaml").unlink()
    gone = watcher.poll()
    assert isinstance(gone, Broken) and gone.diagnostics[0].code == "RP306"
