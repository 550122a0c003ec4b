"""A hint is printed inside parentheses after its message, so it holds none of its own: three
authoring errors read as an aside inside an aside ('(add an `intents:` block (see `roleplay
docs`))')."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.helpers import run_main
from ..conftest import REPO

NO_INTENTS = REPO / "tests" / "engine" / "fixtures" / "budget_intents.yaml"


def _hint(line: str) -> str:
    """The text inside the last pair of parentheses that closes the line."""
    assert line.endswith(")"), line
    depth, start = 0, len(line) - 1
    for i in range(len(line) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(line[i], 0)
        if depth == 0:
            start = i
            break
    return line[start + 1 : -1]


def _error_line(args: list[str], stdin: str = "") -> str:
    res = run_main(*args, stdin=stdin)
    assert res.returncode == 2, res.stdout + res.stderr
    return next(x for x in (res.stdout + res.stderr).splitlines() if " RP" in f" {x}")


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["intents", str(NO_INTENTS)], "\n", "RP911"),
        (["graph", "budget_pushback", "--open", "-o", "-"], "", "RP009"),
    ],
    ids=["no reply on stdin", "graph --open -o -"],
)
def test_the_hint_is_one_aside(args: list[str], stdin: str, code: str) -> None:
    line = _error_line(args, stdin)
    assert code in line
    hint = _hint(line)
    assert hint and "(" not in hint and ")" not in hint, line


def test_a_scenario_without_intents_hint_is_one_aside(tmp_path: Path) -> None:
    plain = tmp_path / "plain.yaml"
    plain.write_text(
        "id: plain\ntitle: T\nsummary: S\nlearner: {role: A}\ncounterpart: {name: B, role: C}\n"
        "start: a\nstates:\n  a:\n    say: Hi.\n    transitions: [{to: b}]\n"
        "  b: {say: Bye., end: success}\n",
        encoding="utf-8",
    )
    line = _error_line(["intents", str(plain), "hello"])
    assert "RP909" in line
    hint = _hint(line)
    assert hint and "(" not in hint and ")" not in hint, line


def test_no_golden_tests_hint_is_one_aside(tmp_path: Path) -> None:
    assert run_main("new", "van_hire", "--dir", str(tmp_path)).returncode == 0
    (tmp_path / "van_hire.tests.yaml").unlink()
    res = run_main("test", str(tmp_path / "van_hire.yaml"))
    line = next(x for x in (res.stdout + res.stderr).splitlines() if "RP905" in x)
    hint = _hint(line)
    assert hint and "(" not in hint and ")" not in hint, line
