"""`roleplay validate` and `roleplay test` agree when no PATH is given: both say so (RP009) and
name the command for this folder. `test` used to run the shipped library's golden tests instead,
so a trainer typing `roleplay test` in the folder of their own scenario read "92 passed" about
scenarios that were not theirs, while `validate` refused the same command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.helpers import run_main


@pytest.mark.parametrize("command", ["validate", "test"])
def test_no_path_is_a_usage_error_that_names_the_command_for_this_folder(command: str) -> None:
    res = run_main(command)
    assert res.returncode == 2
    assert res.stdout == ""  # nothing was checked or run
    assert res.stderr.startswith(f"error: RP009 roleplay {command}:"), res.stderr
    assert "PATH" in res.stderr
    assert f"`roleplay {command} .`" in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["validate", "test"])
def test_the_help_says_a_path_is_needed_and_how_to_name_this_folder(command: str) -> None:
    res = run_main(command, "--help")
    text = " ".join(res.stdout.split())
    assert "(default: the library)" not in text
    assert "`.` for this folder" in text, text


def test_dot_checks_and_tests_the_scenarios_of_this_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire").returncode == 0
    assert run_main("validate", ".").returncode == 0
    tested = run_main("test", ".")
    assert tested.returncode == 0, tested.stdout
    assert "van_hire.tests.yaml::" in tested.stdout
    assert "budget_pushback" not in tested.stdout  # the library is not run


@pytest.mark.parametrize("command", ["validate", "test"])
def test_a_folder_without_scenarios_is_the_same_error_for_both_and_names_the_folder_below(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """Found by a trainer one folder above their scenarios: `roleplay test .` said "no golden
    tests found" and exited 0 while `roleplay validate .` exited 2 with RP001 and no hint."""
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire", "--dir", "scenarios").returncode == 0
    res = run_main(command, ".")
    assert res.returncode == 2
    said = res.stdout + res.stderr
    line = next(x for x in said.splitlines() if "RP001" in x)
    assert "no scenario files found in ." in line, said
    assert f"`roleplay {command} scenarios`" in line, said


@pytest.mark.parametrize("command", ["validate", "test"])
def test_an_empty_folder_with_nothing_below_says_what_to_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    res = run_main(command, ".")
    assert res.returncode == 2
    line = next(x for x in (res.stdout + res.stderr).splitlines() if "RP001" in x)
    assert "no scenario files found in ." in line and "roleplay new" in line, line


@pytest.mark.parametrize("command", ["validate", "test"])
def test_the_empty_folder_hint_holds_no_parentheses_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """It read '(name a scenario file or a folder that holds them (`roleplay new ID` writes
    one))': an aside inside the hint's own parentheses."""
    monkeypatch.chdir(tmp_path)
    res = run_main(command, ".")
    line = next(x for x in (res.stdout + res.stderr).splitlines() if "RP001" in x)
    hint = line[line.index(" (") + 2 : -1]
    assert "roleplay new ID" in hint and "(" not in hint and ")" not in hint, line
