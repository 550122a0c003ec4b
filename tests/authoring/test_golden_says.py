"""A golden reply can pin the counterpart's answer (`says:`): a trainer who writes a `say`
variant that reacts to a move (`when: {said: order_it}`) had no way to test that it is the line
the learner sees; the path and the intents passed whichever line was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.helpers import run_main

EXTRA_CASES = """\
  - name: an order is answered by the reaction to it
    replies:
      - text: You'll take the report from Monday, end of discussion.
        says: "always me"
  - name: the reaction is pinned where it is not said
    replies:
      - text: You'll take the report from Monday, end of discussion.
        says: "that's my course"
"""


@pytest.fixture
def scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert run_main("new", "van_hire").returncode == 0
    tests = tmp_path / "van_hire.tests.yaml"
    tests.write_text(tests.read_text("utf-8") + EXTRA_CASES, encoding="utf-8")
    return tmp_path / "van_hire.yaml"


def test_says_passes_when_the_next_line_holds_the_words_and_fails_with_both_lines(
    scenario: Path,
) -> None:
    # the starter's order goes to `stalemate`, whose line is "I can't take it on. Ask someone else."
    text = scenario.with_suffix(".tests.yaml").read_text("utf-8")
    text = text.replace('says: "always me"', 'says: "ask someone ELSE"')
    scenario.with_suffix(".tests.yaml").write_text(text, encoding="utf-8")
    res = run_main("test", str(scenario), "-k", "answered")
    assert res.returncode == 0, res.stdout
    res = run_main("test", str(scenario), "-k", "pinned")
    assert res.returncode == 1
    assert (
        'reply 1: Sam answered "I can\'t take it on. Ask someone else.", '
        'expected words "that\'s my course"'
    ) in res.stdout, res.stdout


def test_says_must_be_words(scenario: Path) -> None:
    tests = scenario.with_suffix(".tests.yaml")
    tests.write_text(tests.read_text("utf-8").replace('"always me"', '""'), encoding="utf-8")
    res = run_main("test", str(scenario))
    assert res.returncode == 2 and "RP901" in res.stdout, res.stdout


def test_says_words_in_no_line_of_the_scenario_are_rp913_at_their_place(scenario: Path) -> None:
    tests = scenario.with_suffix(".tests.yaml")
    tests.write_text(
        tests.read_text("utf-8").replace('"always me"', '"alwyas me"'), encoding="utf-8"
    )
    for command, code in (("test", 1), ("validate", 2)):  # `test`: that case fails
        res = run_main(command, str(tests))
        assert res.returncode == code, res.stdout
        line = next(x for x in (res.stdout + res.stderr).splitlines() if "RP913" in x)
        assert line.strip().startswith(f"{tests}:") and "'alwyas me'" in line, line


def test_rp913_s_hint_holds_no_parentheses_of_its_own(scenario: Path) -> None:
    """A hint is printed in parentheses after its message: RP913's read '(copy the words from
    the `say` line (or variant) you expect)', two asides in one."""
    tests = scenario.with_suffix(".tests.yaml")
    tests.write_text(
        tests.read_text("utf-8").replace('"always me"', '"alwyas me"'), encoding="utf-8"
    )
    res = run_main("test", str(tests))
    line = next(x for x in (res.stdout + res.stderr).splitlines() if "RP913" in x)
    hint = line[line.index("never pass (") + len("never pass (") : -1]
    assert hint and "(" not in hint and ")" not in hint, line


def test_one_bad_says_fails_its_case_with_code_and_line_and_the_others_run(
    scenario: Path,
) -> None:
    """One `says:` no line holds stopped every case of the file (exit 2, nothing run): now it is
    that case's failure, with its code and line, and the file's other cases run."""
    tests = scenario.with_suffix(".tests.yaml")
    tests.write_text(
        tests.read_text("utf-8").replace('"always me"', '"alwyas me"'), encoding="utf-8"
    )
    line_no = next(
        n for n, row in enumerate(tests.read_text("utf-8").splitlines(), 1) if "alwyas" in row
    )
    res = run_main("test", str(tests))
    assert res.returncode == 1, res.stdout
    lines = res.stdout.splitlines()
    failed = [x for x in lines if x.endswith(" FAILED")]
    assert failed == [
        f"{tests}::an order is answered by the reaction to it FAILED",
        f"{tests}::the reaction is pinned where it is not said FAILED",  # run, and failed
    ], lines
    assert 'expected words "that\'s my course"' in res.stdout
    assert any(x.strip().startswith(f"{tests}:{line_no}:") and "RP913" in x for x in lines)
    assert any(x.endswith(" PASSED") for x in lines), lines
    summary = lines[-1]
    assert " 0 passed" not in summary and "2 failed" in summary, summary
    # the JSON report gives it as that case's failure too
    import json

    doc = json.loads(run_main("test", "--json", str(tests)).stdout)
    (case,) = [
        c
        for f in doc["files"]
        for c in f["cases"]
        if not c["passed"] and "RP913" in c["failures"][0]
    ]
    assert case["name"] == "an order is answered by the reaction to it"
