"""The play cache: a validated scenario kept as JSON and read back without pydantic or PyYAML,
only while its file (and what it includes, and the loader) is unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from roleplay.errors import ScenarioError
from roleplay.scenario import load_file, play_cache
from roleplay.scenario.catalogue import load_catalogue
from roleplay.scenario.library import scenario_files
from roleplay.scenario.model import Comparison, IntentRef, Scenario
from roleplay.scenario.seal import digest

from ..budget import BUDGET as BUDGET_FILE
from .loading import touch_later

BUDGET = BUDGET_FILE.read_text(encoding="utf-8")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def budget(tmp_path: Path) -> Path:
    path = tmp_path / "lib" / "budget.yaml"
    path.parent.mkdir()
    path.write_text(BUDGET, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.stem)
def test_every_shipped_scenario_reads_back_equal_to_loading_its_file(
    path: Path, cache: Path
) -> None:
    loaded = load_file(path)
    play_cache.write(loaded, play_cache.stamps(path), cache)
    kept = play_cache.read(path, cache)
    assert kept is not None
    assert kept.scenario == loaded.scenario
    assert (kept.text, kept.content_hash, kept.path) == (loaded.text, loaded.content_hash, path)
    assert kept.source == loaded.source  # made from the text on first use


def test_conditions_keep_their_types(budget: Path, cache: Path) -> None:
    scenario = play_cache.load(budget, cache).scenario  # read and kept
    kept = play_cache.read(budget, cache)
    assert kept is not None and kept.scenario == scenario
    values = [
        v
        for s in kept.scenario.states.values()
        for t in s.transitions
        for v in (t.when or {}).values()
    ]
    assert values and all(isinstance(v, Comparison | IntentRef | tuple) for v in values)
    assert any(isinstance(v, Comparison) for v in values)


def test_a_changed_file_is_read_again(budget: Path, cache: Path) -> None:
    play_cache.load(budget, cache)
    touch_later(budget, BUDGET.replace("title: ", "title: Changed ", 1))
    assert play_cache.read(budget, cache) is None
    assert play_cache.load(budget, cache).scenario.title.startswith("Changed ")
    kept = play_cache.read(budget, cache)
    assert kept is not None and kept.scenario.title.startswith("Changed ")


def test_a_file_changed_while_it_was_read_is_not_kept_under_its_new_stamp(
    budget: Path, cache: Path
) -> None:
    taken = play_cache.stamps(budget)
    old = load_file(budget)
    touch_later(budget, BUDGET.replace("title: ", "title: Newer ", 1))
    play_cache.write(old, taken, cache)
    assert play_cache.read(budget, cache) is None
    assert play_cache.load(budget, cache).scenario.title.startswith("Newer ")


def test_a_changed_include_is_read_again(budget: Path, cache: Path) -> None:
    common = budget.parent / "common.yaml"
    common.write_text(
        "intents:\n  ask_why:\n    examples: [why is that, what is behind it, why now]\n",
        encoding="utf-8",
    )
    path = budget.parent / "inc.yaml"
    path.write_text(BUDGET.replace("start:", "include: common.yaml\nstart:", 1), encoding="utf-8")
    assert "ask_why" in play_cache.load(path, cache).scenario.intents
    assert play_cache.read(path, cache) is not None
    touch_later(common, "intents:\n  ask_how:\n    examples: [how, how so, in what way]\n")
    assert play_cache.read(path, cache) is None
    assert "ask_how" in play_cache.load(path, cache).scenario.intents


def test_the_same_name_in_another_folder_is_another_file(
    tmp_path: Path, budget: Path, cache: Path
) -> None:
    other = tmp_path / "other" / "budget.yaml"
    other.parent.mkdir()
    other.write_text(BUDGET.replace("title: ", "title: Other ", 1), encoding="utf-8")
    play_cache.load(budget, cache)
    play_cache.load(other, cache)
    first, second = play_cache.read(budget, cache), play_cache.read(other, cache)
    assert first is not None and second is not None
    assert not first.scenario.title.startswith("Other ")
    assert second.scenario.title.startswith("Other ")


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "[]",
        lambda text: text.replace('"@": "Scenario"', '"@": "Path"'),  # not a scenario part
        lambda text: text.replace('"@": "State"', '"@": "os.system"'),
        lambda text: text.replace('"title"', '"titel"', 1),  # a field the class does not have
        lambda text: "0" + text[1:],  # another format
        lambda text: "[" * 100_000 + "]" * 100_000,
    ],
)
def test_a_damaged_or_foreign_cache_file_is_ignored(
    budget: Path, cache: Path, damage: object
) -> None:
    play_cache.load(budget, cache)
    (file,) = cache.iterdir()
    assert callable(damage)
    file.write_text(damage(file.read_text(encoding="utf-8")), encoding="utf-8")
    assert play_cache.read(budget, cache) is None
    assert play_cache.load(budget, cache).scenario == load_file(budget).scenario


def test_only_scenario_parts_are_encoded() -> None:
    with pytest.raises(TypeError):
        play_cache.encode({"x": Path("/")})
    with pytest.raises(KeyError):
        play_cache.decode({"@": "Path", "x": "/"})


def test_a_file_that_does_not_load_raises_its_coded_error_and_is_not_kept(
    tmp_path: Path, cache: Path
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BUDGET.replace("start:", "start: nowhere\nold_start:", 1), encoding="utf-8")
    with pytest.raises(ScenarioError):
        play_cache.load(path, cache)
    assert not cache.exists() or not list(cache.iterdir())


def test_the_catalogue_scan_keeps_what_it_validated(
    budget: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path / "home"))
    load_catalogue(budget.parent, use_cache=False)
    assert play_cache.read(budget) is None  # a scan that leaves the caches alone
    (entry,) = load_catalogue(budget.parent)
    kept = play_cache.read(budget)
    assert kept is not None and kept.scenario == entry.load().scenario
    kept_file = next(play_cache.default_folder().iterdir())
    record = json.loads(kept_file.read_text("utf-8").partition("\n")[2])
    assert record["path"] == str(budget.absolute())


def test_a_scenario_is_a_plain_object(budget: Path) -> None:
    """What the engine reads is the plain model, not the pydantic schema models."""
    scenario = load_file(budget).scenario
    assert type(scenario) is Scenario
    assert "pydantic" not in str(type(scenario).__mro__)


def test_two_files_kept_in_the_same_place_are_never_mistaken_for_each_other(
    tmp_path: Path, budget: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(play_cache, "cache_file", lambda key, folder: folder / "same.json")
    other = tmp_path / "other.yaml"
    other.write_text(BUDGET.replace("title: ", "title: Other ", 1), encoding="utf-8")
    play_cache.load(budget, cache)
    play_cache.load(other, cache)  # takes the place
    assert play_cache.read(budget, cache) is None
    assert not play_cache.load(budget, cache).scenario.title.startswith("Other ")


def test_a_cache_that_cannot_be_written_is_simply_not_used(tmp_path: Path, budget: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    loaded = play_cache.load(budget, blocked)
    assert loaded.scenario == load_file(budget).scenario
    assert play_cache.read(budget, blocked) is None
    assert blocked.read_text(encoding="utf-8").startswith("a file")


def test_a_missing_scenario_file_is_rp001_without_walking_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a newcomer: `roleplay play /nope.yaml` (a typo) walked the whole file system
    under / looking for files the missing scenario might include, and died with a traceback on
    /proc; `play ./nope.yaml` in /tmp took 45 s and crashed on a folder another program removed."""
    from roleplay.cli import main
    from roleplay.scenario.file_stamps import dependencies

    (tmp_path / "many" / "levels").mkdir(parents=True)

    def no_walk(*args: object, **kwargs: object) -> object:
        raise AssertionError("walked the folder of a file that is not there")

    monkeypatch.setattr(os, "walk", no_walk)
    monkeypatch.setattr(Path, "rglob", no_walk)
    assert dependencies(tmp_path / "nope.yaml") == []
    for command in ("play", "intents"):
        extra = ["x"] if command == "intents" else []
        assert main([command, str(tmp_path / "nope.yaml"), *extra]) == 2
        assert "RP001 no such file" in capsys.readouterr().err


def _edit(file: Path, old: str, new: str, *, reseal: bool = False) -> None:
    """Change the record of a kept file as a person editing it would (``reseal``: and write a
    seal that matches the edit, as only someone who read this code would)."""
    seal, _, body = file.read_text(encoding="utf-8").partition("\n")
    assert old in body
    body = body.replace(old, new, 1)
    if reseal:
        seal = f"{seal.split(':')[0]}:{digest(body.encode()).hexdigest()}"
    file.write_text(f"{seal}\n{body}", encoding="utf-8")


def test_an_edited_cache_file_is_set_aside_with_a_notice(budget: Path, cache: Path) -> None:
    """Found by probe18: a kept copy edited on disk (the counterpart's first line, the pass mark)
    was played as if it were the validated scenario."""
    from roleplay.errors import Diagnostic

    play_cache.load(budget, cache)
    (file,) = cache.iterdir()
    _edit(file, '"pass_score": ', '"pass_score": 1')
    heard: list[Diagnostic] = []
    loaded = play_cache.load(budget, cache, notice=heard.append)
    assert loaded.scenario == load_file(budget).scenario
    (said,) = heard
    line = said.format()
    assert line.count("\n") == 0 and "RP012 warning:" in line
    assert str(file) in line and "budget.yaml" in line
    assert play_cache.read(budget, cache, notice=heard.append) is not None  # kept again
    assert len(heard) == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"@": "Scenario"', '"@": "Path"'),  # not a scenario part
        ('"title"', '"titel"'),  # a field the class does not have
    ],
)
def test_a_resealed_record_that_is_not_a_scenario_is_set_aside(
    budget: Path, cache: Path, old: str, new: str
) -> None:
    from roleplay.errors import Diagnostic

    play_cache.load(budget, cache)
    (file,) = cache.iterdir()
    _edit(file, old, new, reseal=True)
    heard: list[Diagnostic] = []
    assert play_cache.read(budget, cache, notice=heard.append) is None
    assert [d.code for d in heard] == ["RP012"]


def test_a_record_of_other_bytes_under_the_same_stamps_is_not_used(
    budget: Path, cache: Path
) -> None:
    """The kept copy names the bytes it was validated from: a copy of another text (written
    with a matching seal) is not taken for this file even though its stamps match."""
    from roleplay.errors import Diagnostic

    play_cache.load(budget, cache)
    (file,) = cache.iterdir()
    _edit(file, '"source": "', '"source": "0', reseal=True)
    heard: list[Diagnostic] = []
    assert play_cache.read(budget, cache, notice=heard.append) is None
    assert heard == []  # read again, as for any changed file
    assert play_cache.load(budget, cache).scenario == load_file(budget).scenario


def test_a_cache_file_of_the_first_format_is_rebuilt_without_a_word(
    budget: Path, cache: Path
) -> None:
    from roleplay.errors import Diagnostic

    play_cache.load(budget, cache)
    (file,) = cache.iterdir()
    body = file.read_text(encoding="utf-8").partition("\n")[2]
    file.write_text('{"format": 1, ' + body[1:], encoding="utf-8")
    heard: list[Diagnostic] = []
    assert (
        play_cache.load(budget, cache, notice=heard.append).scenario == load_file(budget).scenario
    )
    assert heard == []


def test_play_says_rp012_on_stderr_and_plays_the_yaml(
    tmp_path: Path,
    budget: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from roleplay.cli.common import compiled

    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path / "home"))
    compiled(str(budget))
    (file,) = play_cache.default_folder().iterdir()
    _edit(file, '"say": "', '"say": "\\u001b[2J')
    comp = compiled(str(budget))
    assert "\x1b" not in str(comp.scenario)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RP012 warning:" in err


def test_a_link_left_at_the_temporary_name_is_never_written_through(
    tmp_path: Path, budget: Path, cache: Path
) -> None:
    """probe18: the caches wrote their temporary file (a name known in advance: the pid) with
    write_text, which follows a link standing there to any file of the user's."""
    from roleplay.scenario.catalogue import load_catalogue

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    cache.mkdir()
    kept = play_cache.cache_file(str(budget.absolute()), cache)
    (cache / f".{kept.name}.{os.getpid()}.tmp").symlink_to(victim)
    play_cache.load(budget, cache)
    catalogue_file = tmp_path / "catalogue.json"
    (tmp_path / f".catalogue.json.{os.getpid()}.tmp").symlink_to(victim)
    load_catalogue(budget.parent, catalogue_file)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert play_cache.load(budget, cache).scenario == load_file(budget).scenario  # kept next time
    assert play_cache.read(budget, cache) is not None
