"""Golden transcripts: cases pass and fail as they should, with a readable path diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.engine.golden import load_tests, path_diff, run_tests
from roleplay.errors import ScenarioError
from roleplay.scoring.types import Score, ScoreInput

SCENARIO = """\
id: mini
title: Mini
summary: A two-step scenario.
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
meters: {trust: 50}
start: a
states:
  a:
    say: First.
    hint: Ask what they need.
    transitions:
      - when: {overall: ">= 80"}
        to: b
        effects: {trust: +20}
      - when: {overall: ">= 60"}
        to: b
      - to: lost
  b:
    say: Second.
    hint: Offer an option.
    transitions:
      - when: {overall: ">= 60", trust: ">= 60"}
        to: won
      - to: lost
  won: {say: Yes., end: success}
  lost: {say: No., end: failure}
"""

TESTS = """\
scenario: mini
cases:
  - name: good path
    replies: [good, {text: good, scores: {listening: ">= 70"}}]
    path: [a, b, won]
    ending: success
    passed: true
    scores: {overall: ">= 70"}
    meters: {trust: "== 70"}
  - name: bad path
    replies: [bad]
    path: [a, lost]
    ending: failure
"""


class StubScorer:
    """80 across the board for replies containing 'good', 10 otherwise."""

    name = "stub"

    def score(self, item: ScoreInput) -> Score:
        v = 80 if "good" in item.reply else 10
        return Score(v, v, v, v)


def write(tmp_path: Path, tests: str = TESTS, scenario: str = SCENARIO) -> Path:
    (tmp_path / "mini.yaml").write_text(scenario)
    path = tmp_path / "mini.tests.yaml"
    path.write_text(tests)
    return path


def test_cases_pass(tmp_path: Path) -> None:
    results = run_tests(load_tests(write(tmp_path)), StubScorer())
    assert [(r.name, r.passed) for r in results] == [("good path", True), ("bad path", True)]
    assert results[0].path == ["a", "b", "won"] and results[0].outcome == "success"


def test_failures_explain_themselves(tmp_path: Path) -> None:
    tests = TESTS.replace("[good, {text: good", "[good, {text: bad").replace(
        "replies: [bad]", "replies: [bad, bad]"
    )
    results = run_tests(load_tests(write(tmp_path, tests)), StubScorer())
    good, bad = results
    assert not good.passed
    text = "\n".join(good.failures)
    assert "path differs at step 3 (after reply 2)" in text
    assert "expected: a -> b -> won" in text and "actual:   a -> b -> lost" in text
    assert "reply 2 listening is 10, expected >= 70" in text
    assert "ending is failure, expected success" in text
    assert "meter trust is 70" not in text
    assert any("left over" in f for f in bad.failures)


def test_path_diff_points_at_the_divergence() -> None:
    text = path_diff(["a", "b", "c"], ["a", "x"])
    assert text.splitlines()[-1].index("^") == text.splitlines()[2].index("x")


@pytest.mark.parametrize(
    ("tests", "code"),
    [
        ("cases: []\n", "RP901"),
        ("scenario: other\ncases: [{name: x, replies: [hi]}]\n", "RP902"),
        ("cases: [{name: x, replies: [hi], path: [a, nowhere]}]\n", "RP903"),
        ("cases: [{name: x, replies: [hi], scores: {charm: '>= 5'}}]\n", "RP904"),
        ("cases: [{name: x, replies: [hi], meters: {trust: [a]}}]\n", "RP904"),
        ("cases: [{name: x, replies: [hi], colour: red}]\n", "RP901"),
    ],
)
def test_bad_tests_files_get_coded_errors(tmp_path: Path, tests: str, code: str) -> None:
    with pytest.raises(ScenarioError) as info:
        load_tests(write(tmp_path, tests))
    d = info.value.diagnostics[0]
    assert d.code == code and d.location is not None and d.location.line is not None


@pytest.mark.parametrize(
    ("tests", "hint"),
    [
        ("cases: [{name: x, replies: [hi], path: [a, wonn]}]\n", "did you mean 'won'?"),
        ("cases: [{name: x, replies: [hi], meters: {trsut: '>= 5'}}]\n", "did you mean 'trust'?"),
        (
            "cases: [{name: x, replies: [hi], scores: {empthy: '>= 5'}}]\n",
            "did you mean 'empathy'?",
        ),
        (
            "cases: [{name: x, replies: [hi], path: [a, nowhere]}]\n",
            "use the state ids of the scenario: a, b, won, lost",
        ),
    ],
)
def test_a_misspelt_state_or_band_in_a_tests_file_gets_a_guess(
    tmp_path: Path, tests: str, hint: str
) -> None:
    """RP903 and RP904 named the mistake but not the name meant, as RP301 and RP202 do."""
    with pytest.raises(ScenarioError) as info:
        load_tests(write(tmp_path, tests))
    (d,) = info.value.diagnostics
    assert d.hint == hint


@pytest.mark.parametrize(
    ("tests", "field", "guess"),
    [
        ("cases: [{name: x, replys: [hi]}]\n", "cases.1.replys", "replies"),
        ("cases: [{name: x, replies: [hi], endin: success}]\n", "cases.1.endin", "ending"),
        ("case: [{name: x, replies: [hi]}]\n", "case", "cases"),
    ],
)
def test_a_misspelt_field_in_a_tests_file_is_one_line_with_a_guess(
    tmp_path: Path, tests: str, field: str, guess: str
) -> None:
    with pytest.raises(ScenarioError) as info:
        load_tests(write(tmp_path, tests))
    (d,) = info.value.diagnostics  # not also "field required"
    assert (d.code, d.message, d.hint) == (
        "RP901",
        f"unknown field '{field}'",
        f"did you mean '{guess}'?",
    )


def test_tests_file_without_scenario(tmp_path: Path) -> None:
    path = tmp_path / "ghost.tests.yaml"
    path.write_text(TESTS)
    with pytest.raises(ScenarioError) as info:
        load_tests(path)
    assert info.value.code == "RP902"


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The real scorer: 'bad' is a weak reply, so the failure case passes and the success fails.
    write(tmp_path)
    assert main(["test", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "::good path FAILED" in out and "::bad path PASSED" in out
    assert "== 1 passed, 1 failed" in out
    assert main(["test", "--json", str(tmp_path / "mini.yaml"), "-k", "bad"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["passed"] == 1 and doc["failed"] == 0 and doc["exit"] == 0
    (tmp_path / "mini.tests.yaml").write_text("cases: [")
    assert main(["test", str(tmp_path)]) == 2
    assert "RP101" in capsys.readouterr().out


def test_a_k_that_selects_no_case_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt -k must not read like a green run of nothing ('0 passed, 0 failed')."""
    write(tmp_path)
    assert main(["test", str(tmp_path / "mini.yaml"), "-k", "gdoo"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out == ["== no tests ran: no case name contains 'gdoo' =="]


def test_scenario_without_tests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mini.yaml").write_text(SCENARIO)
    # Nothing failed to load and nothing failed: a note, and exit 0 (not 2).
    assert main(["test", str(tmp_path / "mini.yaml")]) == 0
    out = capsys.readouterr().out
    assert "RP905" in out and "nothing to run" in out and "no tests ran" in out
    assert main(["test", "--json", str(tmp_path / "mini.yaml")]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit"] == 0 and doc["notes"][0]["code"] == "RP905"
    assert doc["notes"][0]["severity"] == "warning"
    assert main(["test", str(tmp_path)]) == 0  # a folder only warns too


def test_a_tests_file_whose_scenario_does_not_load_is_not_counted_as_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: with the scenario broken (here by its include) `roleplay test` ended
    with '== 0 passed, 0 failed', as if there were no cases."""
    write(tmp_path, scenario=SCENARIO.replace("start: a\n", "include: [gone.yaml]\nstart: a\n"))
    assert main(["test", str(tmp_path / "mini.yaml")]) == 2
    out = capsys.readouterr().out
    assert "RP306" in out and "== no tests ran: a tests file or its scenario did not load ==" in out
    assert "0 passed" not in out
    other = tmp_path / "other"
    other.mkdir()
    write(other)  # loads and runs: its two cases count, the broken file is named as not run
    assert main(["test", str(tmp_path / "mini.yaml"), str(other)]) == 2
    assert ", 1 not run (did not load) in " in capsys.readouterr().out


def test_a_golden_tests_file_named_on_its_own_is_checked_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: `roleplay validate mini.tests.yaml` printed ten RP201/RP202 lines
    (missing 'id', 'title' ...; unknown 'cases') as if it were a broken scenario."""
    tests = write(tmp_path)
    assert main(["validate", str(tests)]) == 0
    out = capsys.readouterr().out
    assert "RP201" not in out and "RP202" not in out
    assert f"{tests}: golden tests for 'mini' (2 case(s))" in out
    assert main(["validate", "--json", str(tests)]) == 0
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert (entry["tests_for"], entry["cases"], entry["diagnostics"]) == ("mini", 2, [])
    tests.write_text(TESTS.replace("replies: [bad]", "replies: [bad]\n    bogus: 1"))
    assert main(["validate", str(tests)]) == 2
    assert "RP901" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["play", "graph", "intents"])
def test_a_golden_tests_file_is_not_played_as_a_scenario(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tests = write(tmp_path)
    extra = {"play": ["--plain"], "intents": ["Hello"]}.get(command, [])
    assert main([command, str(tests), *extra]) == 2
    err = capsys.readouterr().err
    (line,) = err.strip().splitlines()
    assert f"{tests}:1:1 RP208 this is a file of golden tests" in line


def test_a_failing_case_says_a_reply_was_not_read_instead_of_listing_zeros(
    tmp_path: Path,
) -> None:
    """Found by a trainer: a case with a French reply failed with "listening 0, empathy 0,
    collaboration 0, overall 0 -> lost", as if the reply had been read and judged worthless."""

    class FrenchUnread(StubScorer):
        def score(self, item: ScoreInput) -> Score:
            return Score.unscored("language:fr") if "bonjour" in item.reply else super().score(item)

    tests = TESTS.replace("replies: [bad]", "replies: [bonjour]").replace("[a, lost]", "[a, b]")
    _, french = run_tests(load_tests(write(tmp_path, tests)), FrenchUnread())
    assert not french.passed
    (trace,) = french.trace
    assert trace.startswith("reply 1 in a: not scored (language:fr): every score 0")
    assert "listening 0" not in trace and trace.endswith("-> lost (transition 3); trust 50")


def test_each_reply_s_line_shows_the_meters_its_conditions_read(tmp_path: Path) -> None:
    """Found by a trainer: a case failed on `goodwill: "< 30"` and `-v` showed every score but
    no meter, so which value the transition had read was a guess. A meter shows as the reply's
    conditions read it (before its effects) and, when an effect moved it, after."""
    good, bad = run_tests(load_tests(write(tmp_path)), StubScorer())
    first, second = good.trace
    assert first.endswith("-> b (transition 1); trust 50 -> 70")
    assert second.endswith("-> won (transition 1); trust 70")
    (only,) = bad.trace
    assert only.endswith("-> lost (transition 3); trust 50")


def test_a_scenario_without_meters_shows_none(tmp_path: Path) -> None:
    scenario = SCENARIO.replace("meters: {trust: 50}\n", "").replace(', trust: ">= 60"', "")
    scenario = scenario.replace("        effects: {trust: +20}\n", "")
    tests = TESTS.replace('    meters: {trust: "== 70"}\n', "")
    good, _ = run_tests(load_tests(write(tmp_path, tests, scenario)), StubScorer())
    assert good.passed and all(line.endswith(")") for line in good.trace)


def test_a_number_as_a_meter_name_in_a_tests_file_is_named_as_written(tmp_path: Path) -> None:
    tests = "cases:\n  - name: x\n    replies: [hi]\n  - name: y\n    replies: [hi]\n"
    tests += "    meters: {7: '>= 5'}\n"
    with pytest.raises(ScenarioError) as info:
        load_tests(write(tmp_path, tests))
    (d,) = info.value.diagnostics
    assert d.code == "RP901"
    assert d.message == "cases.2.meters.7: the name 7 is not text"
    assert d.location is not None and (d.location.line, d.location.col) == (6, 14)


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ("path: [a, nowhere]", "RP903"),
        ("scores: {charm: '>= 5'}", "RP904"),
        ("meters: {trust: [a]}", "RP904"),
    ],
)
def test_a_case_naming_what_the_scenario_lacks_fails_alone_and_the_others_run(
    tmp_path: Path, bad: str, code: str
) -> None:
    """A wrong state or band in one case stopped every case of the file ('no tests ran: a
    tests file or its scenario did not load'), as a trainer who renamed a state found: that
    case now fails with its code and line, the others run; `load_tests` alone still raises."""
    tests = TESTS + f"  - name: stale case\n    replies: [bad]\n    {bad}\n"
    path = write(tmp_path, tests)
    loaded = load_tests(path, per_case=True)
    results = {r.name: r for r in run_tests(loaded, StubScorer())}
    assert results["good path"].passed and results["bad path"].passed
    (failure,) = results["stale case"].failures
    assert failure.startswith(f"{path}:") and f" {code} " in failure, failure
    with pytest.raises(ScenarioError) as info:
        load_tests(path)
    assert [d.code for d in info.value.diagnostics] == [code]
