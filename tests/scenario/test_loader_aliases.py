"""Anchors and aliases: recursive ones, chains that nest deep, and the size cap's wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.errors import ScenarioError
from roleplay.scenario import load_text
from roleplay.scenario.yaml_source import MAX_NODES

RECURSIVE = [
    "a: &a [*a]\n",
    "a: &a {b: *a}\n",
    "a: &a\n  - x\n  - [1, *a]\n",
    "states: &s\n  opening:\n    say: hi\n    more: *s\n",
]


@pytest.mark.parametrize("text", RECURSIVE)
def test_recursive_alias_is_a_coded_error_not_a_crash(text: str) -> None:
    with pytest.raises(ScenarioError) as info:
        load_text(text, "r.yaml")
    d = info.value.diagnostic
    assert d.code == "RP104"
    assert "recursive alias" in d.message
    assert d.location is not None and d.location.line is not None and d.location.col is not None
    # the location is the alias itself
    line = text.splitlines()[d.location.line - 1]
    assert line[d.location.col - 1] == "*"


@pytest.mark.parametrize("command", [["validate"], ["graph"], ["play", "--plain"]])
def test_recursive_alias_exits_2_in_every_command(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("a: &a [*a]\n")
    assert main([command[0], str(path), *command[1:]]) == 2
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"{path}:1:8 RP104" in text
    assert "Traceback" not in text and "RecursionError" not in text


def test_aliases_that_nest_past_the_depth_cap_are_refused() -> None:
    # each anchor is 20 levels deep and holds the previous one: 10 aliases, 200 levels
    lines = ["l0: &l0 x"]
    for i in range(1, 11):
        lines.append(f"l{i}: &l{i} " + "[" * 20 + f"*l{i - 1}" + "]" * 20)
    with pytest.raises(ScenarioError) as info:
        load_text("\n".join(lines) + "\n", "deep.yaml")
    assert info.value.code == "RP105"
    assert "aliases" in info.value.diagnostic.message


def test_an_anchor_reuses_a_list_as_docs_authoring_shows() -> None:
    text = (
        "id: anchors\ntitle: T\nsummary: S\nlearner: {role: L}\ncounterpart: {name: N, role: R}\n"
        "start: a\nstates:\n"
        "  a:\n    say: hi\n    key_points: &points [deadline, budget]\n"
        "    transitions: [{to: b}]\n"
        "  b:\n    say: bye\n    key_points: *points\n    end: success\n"
    )
    loaded = load_text(text, "anchors.yaml")
    assert loaded.scenario.states["b"].key_points == ["deadline", "budget"]


def _big_scenario(states: int) -> str:
    head = (
        "id: big\ntitle: Big\nsummary: Many states.\nlearner: {role: L}\n"
        "counterpart: {name: N, role: R}\nstart: s0\nstates:\n"
    )
    body = []
    for i in range(states):
        body.append(
            f"  s{i}:\n    say: line {i}\n    key_points: [a, b, c]\n    transitions:\n"
            f"      - when: {{listening: '>= 50'}}\n        to: s{i + 1}\n      - to: s{i}\n"
        )
    body.append(f"  s{states}:\n    say: done\n    end: success\n")
    return head + "".join(body)


def test_a_large_file_without_aliases_names_the_size_limit() -> None:
    with pytest.raises(ScenarioError) as info:
        load_text(_big_scenario(5000), "big.yaml")
    d = info.value.diagnostic
    assert d.code == "RP003"
    assert "alias" not in d.message and "alias" not in (d.hint or "")
    assert f"the limit is {MAX_NODES:,}" in d.message
    assert "values" in d.message


def test_an_alias_bomb_still_names_its_aliases() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefgh"):
        prev = "abcdefgh"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(ScenarioError) as info:
        load_text("\n".join(lines) + "\n", "bomb.yaml")
    d = info.value.diagnostic
    assert d.code == "RP104"
    assert "alias" in d.message and f"the limit is {MAX_NODES:,}" in d.message
