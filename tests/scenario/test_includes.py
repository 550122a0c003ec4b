"""`include:` merges shared intents from files beside the scenario, safely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roleplay.errors import ScenarioError
from roleplay.scenario import load_file, load_text
from roleplay.scenario.lint import lint

COMMON = """\
intents:
  ask_interest:
    label: you asked what they need
    examples:
      - "What does the board actually need to see by Friday?"
      - "Help me understand what's driving the number."
      - "What would a good outcome look like for you?"
  unused_one:
    examples: ["We could phase it.", "Half now, half later.", "Split it over two quarters."]
"""

SCENARIO = """\
id: shared
title: T
summary: S
learner: {role: Lead}
counterpart: {name: Dana, role: Finance}
include: %s
start: a
states:
  a:
    say: Hi.
    transitions:
      - when: {said: ask_interest}
        to: b
      - to: a
  b: {say: Done., end: success}
"""


def _write(folder: Path, include: str, common: str = COMMON) -> Path:
    (folder / "common.yaml").write_text(common, encoding="utf-8")
    path = folder / "shared.yaml"
    path.write_text(SCENARIO % include, encoding="utf-8")
    return path


def _codes(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ScenarioError) as err:
        load_file(path)
    return [(d.code, str(d.location)) for d in err.value.diagnostics]


def test_included_intents_are_merged_and_their_problems_point_into_the_include(
    tmp_path: Path,
) -> None:
    loaded = load_file(_write(tmp_path, "[common.yaml]"))
    assert set(loaded.scenario.intents) == {"ask_interest", "unused_one"}
    unused = [d for d in lint(loaded) if d.code == "RP419"]
    assert unused and unused[0].location is not None
    assert unused[0].location.file.endswith("common.yaml") and unused[0].location.line == 8


def test_the_saved_text_stands_alone_and_its_hash_follows_the_include(tmp_path: Path) -> None:
    path = _write(tmp_path, "common.yaml")
    first = load_file(path)
    again = load_text(first.text)  # what a saved session resumes from: no include left
    assert set(again.scenario.intents) == set(first.scenario.intents)
    assert again.content_hash == first.content_hash
    (tmp_path / "common.yaml").write_text(COMMON.replace("Friday", "Thursday"), encoding="utf-8")
    assert load_file(path).content_hash != first.content_hash


@pytest.mark.parametrize("include", ["../common.yaml", "/etc/hostname", "sub/../../common.yaml"])
def test_an_include_outside_the_folder_is_refused(tmp_path: Path, include: str) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (tmp_path / "common.yaml").write_text(COMMON, encoding="utf-8")
    path = folder / "shared.yaml"
    path.write_text(SCENARIO % include, encoding="utf-8")
    ((code, where),) = _codes(path)
    assert code == "RP306" and where.startswith(f"{path}:6:")


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (tmp_path / "secret.yaml").write_text(COMMON, encoding="utf-8")
    os.symlink(tmp_path / "secret.yaml", folder / "common.yaml")
    path = folder / "shared.yaml"
    path.write_text(SCENARIO % "common.yaml", encoding="utf-8")
    assert [c for c, _ in _codes(path)] == ["RP306"]


def test_includes_cannot_include_or_declare_states(tmp_path: Path) -> None:
    path = _write(tmp_path, "common.yaml", "include: [other.yaml]\n" + COMMON)
    ((code, where),) = _codes(path)
    assert code == "RP306" and where == f"{tmp_path / 'common.yaml'}:1:1"


@pytest.mark.parametrize("extra", ["1: x\nstates: y\n", "null: x\n2024-01-02: y\nz: 1\n"])
def test_extra_keys_of_mixed_types_in_an_include_are_rp306(tmp_path: Path, extra: str) -> None:
    # the keys were sorted to name the first: int against str was a TypeError traceback
    path = _write(tmp_path, "common.yaml", COMMON + extra)
    ((code, where),) = _codes(path)
    assert code == "RP306" and where.startswith(f"{tmp_path / 'common.yaml'}:")


def test_an_intent_declared_twice_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "common.yaml")
    text = path.read_text().replace(
        "start: a", "intents:\n  ask_interest: {examples: [a, b, c]}\nstart: a"
    )
    path.write_text(text, encoding="utf-8")
    ((code, where),) = _codes(path)
    assert code == "RP306" and where.startswith(str(tmp_path / "common.yaml"))


def test_a_missing_include_and_an_include_from_text_are_clear_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "nope.yaml")
    # RP306 at the include's own line and column, as docs/authoring.md says for a missing one
    assert _codes(path) == [("RP306", f"{path}:6:10")]
    with pytest.raises(ScenarioError) as err:
        load_text(SCENARIO % "common.yaml")
    assert err.value.diagnostics[0].code == "RP306"


def test_a_say_variant_naming_an_unknown_intent_is_rp305() -> None:
    text = """\
id: v
title: T
summary: S
learner: {role: Lead}
counterpart: {name: Dana, role: Finance}
intents:
  offer_phasing: {examples: [a b c, d e f, g h i]}
start: a
states:
  a:
    say:
      - {when: {said: offer_phasng}, text: "Phasing?"}
      - "Hello."
    transitions:
      - {when: {said: offer_phasing}, to: b}
      - {to: a}
  b: {say: Done., end: success}
"""
    with pytest.raises(ScenarioError) as err:
        load_text(text, "v.yaml")
    ((d,),) = [err.value.diagnostics]
    assert d.code == "RP305" and "did you mean 'offer_phasing'" in (d.hint or "")
    assert d.location is not None and (d.location.line, d.location.col) == (12, 23)


@pytest.mark.parametrize(
    ("include", "why"),
    [
        ('"common.yaml\\u0000"', "not a usable file name"),  # NUL: was a traceback
        ('"common.yaml\\n"', "not a usable file name"),
        ('""', "not a usable file name"),
        ('"' + "a" * 300 + '.yaml"', "not a usable file name"),
        ("sub", "is a folder"),
        ("pipe.yaml", "not a regular file"),  # a FIFO with no writer: was a hang
    ],
)
def test_an_include_that_is_no_file_is_one_rp306_line_at_the_include(
    tmp_path: Path, include: str, why: str
) -> None:
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")
    path = _write(tmp_path, include)
    with pytest.raises(ScenarioError) as err:
        load_file(path)
    (problem,) = err.value.diagnostics
    assert problem.code == "RP306" and why in problem.message
    line = problem.format()
    assert line.startswith(f"{path}:6:10 RP306 include '") and "\n" not in line


@pytest.mark.parametrize(
    ("include", "meant"),
    [
        ("common_intent.yaml", "common_intents.yaml"),
        ("common_intents.yml", "common_intents.yaml"),
        ("intents.yaml", "common_intents.yaml"),
    ],
)
def test_a_misspelt_include_names_the_file_meant(tmp_path: Path, include: str, meant: str) -> None:
    """Found by a trainer: `include: [common_intent.yaml]` beside `common_intents.yaml` said only
    "is not there ... put shared intents in a file next to the scenario", which it already was."""
    path = _write(tmp_path, include)
    (tmp_path / "common_intents.yaml").write_text(COMMON, encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        load_file(path)
    (problem,) = err.value.diagnostics
    assert problem.code == "RP306" and f"did you mean '{meant}'?" in (problem.hint or "")


def test_a_missing_include_with_nothing_close_keeps_the_plain_hint(tmp_path: Path) -> None:
    path = _write(tmp_path, "zzz.yaml")
    with pytest.raises(ScenarioError) as err:
        load_file(path)
    (problem,) = err.value.diagnostics
    hint = problem.hint or ""
    assert "did you mean" not in hint and "next to the scenario" in hint


def test_an_unused_included_intent_is_not_told_to_be_removed_from_the_shared_file(
    tmp_path: Path,
) -> None:
    """RP419 told a trainer to 'remove' an intent of a shared file this scenario does not read,
    which would break the scenarios that do read it. For an included intent it names the file
    and says why it still matters here (it competes with the intents this scenario reads)."""
    loaded = load_file(_write(tmp_path, "[common.yaml]"))
    (unused,) = [d for d in lint(loaded) if d.code == "RP419"]
    assert unused.message == "included intent 'unused_one' (common.yaml) is never read here"
    assert unused.hint is not None and "remove" not in unused.hint
    assert "competes" in unused.hint and "said: unused_one" in unused.hint
    # declared in the scenario itself, the message and hint stay as they were
    own = (SCENARIO % "[]").replace("include: []\n", COMMON.replace("unused_one", "mine"))
    (mine,) = [d for d in lint(load_text(own, "own.yaml")) if d.code == "RP419"]
    assert mine.message == "intent 'mine' is never read by a condition"
    assert mine.hint is not None and "remove it" in mine.hint
