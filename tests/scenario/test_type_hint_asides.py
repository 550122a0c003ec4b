"""A wrong type's hint is printed in parentheses after the message, so it holds none of its own:
'(write a list (- item lines or [a, b]))' read as an aside inside an aside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roleplay.errors import ScenarioError
from roleplay.scenario import load_file, load_text

BASE = """\
id: t
title: T
summary: S
learner: {role: A}
counterpart: {name: B, role: C}
start: a
states:
  a:
    say: Hi.
    key_points: %s
    transitions: %s
  b: {say: Bye., end: success}
"""


@pytest.mark.parametrize(
    ("key_points", "transitions", "says"),
    [
        ('"one point"', "[{to: b}]", "a list"),
        ("[x]", '"to b"', "a list"),
        ("[x]", "[{when: [x], to: b}]", "a mapping"),
    ],
)
def test_a_type_hint_is_one_aside(key_points: str, transitions: str, says: str) -> None:
    with pytest.raises(ScenarioError) as err:
        load_text(BASE % (key_points, transitions), "t.yaml")
    hints = [d.hint for d in err.value.diagnostics if d.code == "RP203" and d.hint]
    assert hints and any(says in h for h in hints), err.value.diagnostics
    for hint in hints:
        assert "(" not in hint and ")" not in hint, hint


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ((BASE % ("[x]", "[{to: b}]")) + "---\nid: u\n", "RP107"),
        ((BASE % ("[x]", "[{to: b}]")).replace("start: a", "meters: {turn: 5}\nstart: a"), "RP302"),
    ],
    ids=["two documents", "a meter named like a condition"],
)
def test_other_reading_hints_are_one_aside(text: str, code: str) -> None:
    with pytest.raises(ScenarioError) as err:
        load_text(text, "t.yaml")
    (d,) = [d for d in err.value.diagnostics if d.code == code]
    assert d.hint and "(" not in d.hint and ")" not in d.hint, d.hint


BAD = sorted((Path(__file__).parent / "bad").glob("*.yaml"))


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_every_bad_fixture_s_hints_are_one_aside(path: Path) -> None:
    with pytest.raises(ScenarioError) as err:
        load_file(path)
    for d in err.value.diagnostics:
        assert d.hint is None or not re.search(r"[()]", d.hint), f"{d.code}: {d.hint}"
