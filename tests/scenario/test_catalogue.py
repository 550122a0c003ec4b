"""The scenario catalogue and its cache: the picker's list without reading unchanged files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from roleplay.scenario import catalogue
from roleplay.scenario.catalogue import (
    CatalogueCache,
    CatalogueEntry,
    cached_catalogue,
    default_cache_file,
    load_catalogue,
)
from roleplay.scenario.seal import sealed

from ..budget import BUDGET
from .loading import touch_later

INTENTS = "intents:\n  ask_why:\n    examples: [why is that, what is behind it, why now]\n"


def _counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    real = catalogue.load_entry

    def load_entry(path: Path) -> CatalogueEntry:
        read.append(path)
        return real(path)

    monkeypatch.setattr(catalogue, "load_entry", load_entry)
    return read


def test_the_cache_lives_under_roleplay_home(_isolated_home: Path) -> None:
    assert default_cache_file() == _isolated_home / "cache" / "catalogue.json"


def test_a_second_read_comes_from_the_cache_and_says_the_same(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cached_catalogue(library) is None  # nothing cached yet
    first = load_catalogue(library)
    read = _counting_loads(monkeypatch)
    again = cached_catalogue(library)
    assert again == first and read == []
    assert again[0].loaded is None and again[0].playable
    assert again[0].load().scenario.id == "budget_pushback"  # read when it is played
    assert load_catalogue(library) == first and read == []


def test_a_changed_file_is_read_again(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_catalogue(library)
    path = library / "budget_pushback.yaml"
    touch_later(path, path.read_text(encoding="utf-8").replace("title:", "title: New", 1))
    assert cached_catalogue(library) is None
    read = _counting_loads(monkeypatch)
    (entry,) = load_catalogue(library)
    assert read == [path] and entry.title.startswith("New")
    assert cached_catalogue(library) == [entry]


def test_a_file_that_breaks_is_listed_broken_and_a_new_file_is_listed(library: Path) -> None:
    load_catalogue(library)
    path = library / "budget_pushback.yaml"
    touch_later(path, "id: budget_pushback\ntitle: [unclosed\n")
    shutil.copy(BUDGET, library / "copy_of_budget.yaml")
    broken, copy = load_catalogue(library)
    assert broken.error is not None and not broken.playable
    assert copy.playable and copy.path == library / "copy_of_budget.yaml"
    assert cached_catalogue(library) == [broken, copy]
    (library / "copy_of_budget.yaml").unlink()
    assert [e.path for e in load_catalogue(library)] == [path]


def test_a_changed_include_invalidates_the_scenario_that_uses_it(library: Path) -> None:
    (library / "shared.yml").write_text(INTENTS, encoding="utf-8")
    path = library / "budget_pushback.yaml"
    path.write_text("include: [shared.yml]\n" + BUDGET.read_text(encoding="utf-8"), "utf-8")
    (entry,) = load_catalogue(library)
    assert entry.playable, entry.error
    touch_later(library / "shared.yml", "intents: [not, a, mapping]\n")
    assert cached_catalogue(library) is None
    (entry,) = load_catalogue(library)
    assert entry.error is not None and "shared.yml" in entry.error


def test_a_broken_file_is_read_again_when_anything_beside_it_changes(library: Path) -> None:
    path = library / "budget_pushback.yaml"
    path.write_text("include: [shared.yml]\n" + BUDGET.read_text(encoding="utf-8"), "utf-8")
    (entry,) = load_catalogue(library)
    assert entry.error is not None  # the include is missing
    (library / "shared.yml").write_text(INTENTS, encoding="utf-8")
    assert cached_catalogue(library) is None
    (entry,) = load_catalogue(library)
    assert entry.playable, entry.error


def test_a_file_changed_after_the_list_was_read_fails_with_its_code(library: Path) -> None:
    from roleplay.errors import RoleplayError

    load_catalogue(library)
    (cached,) = cached_catalogue(library) or []
    (library / "budget_pushback.yaml").write_text("id: [1\n", encoding="utf-8")
    with pytest.raises(RoleplayError) as err:
        cached.load()
    assert err.value.code.startswith("RP")


def test_a_file_changed_after_it_was_scanned_is_read_again_when_played(library: Path) -> None:
    """The scan keeps what it validated; a file changed since is not played from that copy
    (the picker's first start, or any start after a file changed, lists from a scan)."""
    from roleplay.errors import RoleplayError

    path = library / "budget_pushback.yaml"
    (scanned,) = load_catalogue(library)
    assert scanned.loaded is not None
    assert scanned.load() is scanned.loaded  # unchanged: the scan's copy
    touch_later(path, path.read_text(encoding="utf-8").replace("title:", "title: New", 1))
    assert scanned.load().scenario.title.startswith("New")
    (rescanned,) = load_catalogue(library)
    touch_later(path, path.read_text(encoding="utf-8").replace("to: ", "to: nowhere_", 1))
    with pytest.raises(RoleplayError) as err:
        rescanned.load()
    assert err.value.code == "RP301"


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "{not json",
        '{"format": 0, "files": {}}',
        '{"format": 1, "loader": [], "files": []}',
        "[1, 2]",
        "[" * 100_000 + "]" * 100_000,  # past Python's recursion limit: was a RecursionError
        '{"format": 1, "n": 1' + "0" * 5000 + "}",  # a number too long for int()
    ],
    ids=["empty", "not json", "old format", "foreign", "a list", "nested deep", "long number"],
)
def test_a_damaged_or_foreign_cache_is_rebuilt(library: Path, damage: str) -> None:
    first = load_catalogue(library)
    default_cache_file().write_text(damage, encoding="utf-8")
    assert cached_catalogue(library) is None
    assert load_catalogue(library) == first
    assert cached_catalogue(library) == first


def _kept(cache: Path) -> dict[str, Any]:
    """The record of a cache file (after its seal line)."""
    data: dict[str, Any] = json.loads(cache.read_bytes().partition(b"\n")[2])
    return data


def _keep(cache: Path, data: dict[str, Any]) -> None:
    """Write ``data`` with a seal that matches, as only someone who read the code would."""
    cache.write_bytes(sealed(2, json.dumps(data).encode("utf-8")))


def test_a_tampered_entry_is_not_trusted(library: Path) -> None:
    load_catalogue(library)
    cache = default_cache_file()
    data = _kept(cache)
    (record,) = data["files"].values()
    record["entry"]["surprise"] = 1
    _keep(cache, data)
    assert cached_catalogue(library) is None


def test_an_edited_cache_is_rebuilt_from_the_files(library: Path) -> None:
    """probe18: a title or id edited in the cache file was listed as the file's ('roleplay
    list' showed the edited line); the cache is sealed, an edit breaks the seal."""
    first = load_catalogue(library)
    cache = default_cache_file()
    text = cache.read_text(encoding="utf-8")
    title = first[0].title
    assert title in text
    cache.write_text(text.replace(title, "Evil \\u001b[2J title", 1), encoding="utf-8")
    assert cached_catalogue(library) is None
    assert load_catalogue(library) == first
    assert cached_catalogue(library) == first


def test_a_cache_that_cannot_be_written_changes_nothing(library: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a_file"
    blocked.write_text("", encoding="utf-8")
    entries = load_catalogue(library, cache_file=blocked / "catalogue.json")
    assert [e.id for e in entries] == ["budget_pushback"]
    assert cached_catalogue(library, cache_file=blocked / "catalogue.json") is None


def test_without_the_cache_every_file_is_read_and_nothing_is_written(library: Path) -> None:
    load_catalogue(library, use_cache=False)
    assert not default_cache_file().exists()


def test_a_missing_library_folder_is_an_empty_list(tmp_path: Path) -> None:
    assert load_catalogue(tmp_path / "nowhere") == []


def test_listing_from_the_cache_loads_neither_yaml_nor_pydantic(library: Path) -> None:
    load_catalogue(library)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from roleplay.scenario.catalogue import cached_catalogue\n"
        f"entries = cached_catalogue(Path({str(library)!r}))\n"
        "assert entries and entries[0].id == 'budget_pushback', entries\n"
        "heavy = {'yaml', 'pydantic', 'transitions', 'numpy'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.strip() == "[]", out.stderr


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be bytes")
def test_a_file_name_that_is_not_utf8_is_listed_and_cached(library: Path) -> None:
    odd = library / os.fsdecode(b"b\xffad.yaml")  # a lone surrogate in Python
    odd.write_text("id: [\n", encoding="utf-8")
    first = load_catalogue(library)  # (writing the cache was a UnicodeEncodeError: the
    broken = {e.path: e.error is not None for e in first}  # picker crashed on start)
    assert broken == {odd: True, library / "budget_pushback.yaml": False}
    assert cached_catalogue(library) == first  # the name comes back from the cache unchanged


def test_remembering_an_entry_never_copies_the_scenario_it_holds(tmp_path: Path) -> None:
    """The cache keeps seven fields of an entry; it took them with ``asdict``, which first
    deep-copied the whole loaded scenario: half of a cold picker's time on a folder of 300
    files. An entry holding something that cannot be copied shows it is no longer copied."""
    import threading
    from dataclasses import dataclass

    from roleplay.scenario.catalogue import CatalogueCache, CatalogueEntry

    @dataclass
    class Uncopyable:
        lock: threading.Lock

    path = tmp_path / "budget_pushback.yaml"
    shutil.copy(BUDGET, path)
    entry = CatalogueEntry(
        path,
        "budget_pushback",
        "Push back",
        loaded=Uncopyable(threading.Lock()),  # type: ignore[arg-type]
    )
    cache = CatalogueCache(tmp_path / "catalogue.json")
    cache.put(path, entry)
    cache.save([path])
    kept = CatalogueCache(tmp_path / "catalogue.json").get(path)
    assert kept == entry and kept is not None and kept.loaded is None


@pytest.mark.parametrize(
    ("field_name", "value"),
    [("id", 5), ("title", ["x"]), ("states", "many"), ("states", True), ("error", 3)],
)
def test_a_cached_entry_of_the_wrong_types_is_read_again(
    tmp_path: Path, field_name: str, value: object
) -> None:
    """probe17: a damaged cache (valid JSON, an id of 5) made `roleplay list` end in a
    traceback; such an entry is not taken, the file is read again."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "budget_pushback.yaml").write_text(BUDGET.read_text(encoding="utf-8"))
    cache_file = tmp_path / "catalogue.json"
    load_catalogue(folder, cache_file)
    data = _kept(cache_file)
    (record,) = data["files"].values()
    record["entry"][field_name] = value
    _keep(cache_file, data)
    assert CatalogueCache(cache_file).get(folder / "budget_pushback.yaml") is None
    (entry,) = load_catalogue(folder, cache_file)
    assert entry.id == "budget_pushback" and entry.states > 0
