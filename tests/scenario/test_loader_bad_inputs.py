"""Every bad input gets its coded error with a location, and nothing in it is executed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.errors import ScenarioError
from roleplay.scenario import load_file, load_text
from roleplay.scenario.readable_file import MAX_BYTES

BAD = Path(__file__).parent / "bad"
EXPECTED = {k: v for k, v in json.loads((BAD / "expected.json").read_text()).items() if k[0] != "_"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_reports_every_expected_diagnostic(name: str) -> None:
    with pytest.raises(ScenarioError) as info:
        load_file(BAD / name)
    got = [[d.code, d.location.line, d.location.col] for d in info.value.diagnostics if d.location]
    assert got == EXPECTED[name]
    for d in info.value.diagnostics:
        line = d.format()
        assert "\n" not in line
        assert str(BAD / name) in line
        assert d.code in line


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in BAD.glob("*.yaml")) == sorted(EXPECTED)


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'id: x\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n'
    with pytest.raises(ScenarioError) as info:
        load_text(text, "evil.yaml")
    assert info.value.code == "RP103"
    assert not marker.exists()


def test_missing_file() -> None:
    with pytest.raises(ScenarioError) as info:
        load_file("/no/such/scenario.yaml")
    assert info.value.code == "RP001"


def test_a_missing_name_points_at_the_scenario_it_likely_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`roleplay validate van_hire` after `roleplay new van_hire --dir scenarios`: the file is
    scenarios/van_hire.yaml, and the hint says so (as `play` and `graph` do for an id)."""
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "van_hire.yaml").write_text("id: van_hire\n")
    (tmp_path / "beside.yaml").write_text("id: beside\n")
    monkeypatch.chdir(tmp_path)
    cases = {
        "van_hire": "did you mean scenarios/van_hire.yaml?",
        "scenarios/van_hire": "did you mean scenarios/van_hire.yaml?",
        "beside": "did you mean beside.yaml?",
        "nothing_here": "check the path",
        "van_hire.yaml": "did you mean scenarios/van_hire.yaml?",  # the starter's comments
        "m/van_hire.yaml": "check the path",  # a path in another folder is taken as written
        # a misspelt name: the close one in the same folder
        "beside.yml": "did you mean beside.yaml?",
        "scenarios/van_hier.yaml": "did you mean scenarios/van_hire.yaml?",
        "scenarios/bus_tour.yaml": "check the path",  # nothing close
        # names compared without '.yaml', which every candidate shares: no false guess
        "scenarios/nothere.yaml": "check the path",
        "scenarios/sales.yaml": "check the path",
    }
    for name, hint in cases.items():
        with pytest.raises(ScenarioError) as info:
            load_file(name)
        (d,) = info.value.diagnostics
        assert (d.code, d.message, d.hint) == ("RP001", "no such file", hint), name


def test_directory_is_not_a_scenario(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as info:
        load_file(tmp_path)
    assert info.value.code == "RP002"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:  # a sparse 50 MB file: cheap to make
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ScenarioError) as info:
        load_file(big)
    assert info.value.code == "RP003"
    assert big.stat().st_size > MAX_BYTES


def test_deep_nesting_is_refused() -> None:
    text = "id: x\ntitle: " + "[" * 500 + "]" * 500 + "\n"
    with pytest.raises(ScenarioError) as info:
        load_text(text, "deep.yaml")
    assert info.value.code == "RP105"


def test_several_errors_are_reported_together() -> None:
    text = (
        "id: Bad-Id\ntitle: T\nsummary: S\nlearner: {role: L}\ncounterpart: {name: N, role: R}\n"
        "start: a\nstates:\n  a: {say: hi, colour: red, end: success}\nextra: 1\n"
    )
    with pytest.raises(ScenarioError) as info:
        load_text(text, "many.yaml")
    codes = sorted(d.code for d in info.value.diagnostics)
    assert codes == ["RP202", "RP202", "RP205"]


def test_multiple_documents_are_refused() -> None:
    with pytest.raises(ScenarioError) as info:
        load_text("id: a\n---\nid: b\n", "two.yaml")
    assert info.value.code == "RP107"


def test_empty_file() -> None:
    with pytest.raises(ScenarioError) as info:
        load_text("", "empty.yaml")
    assert info.value.code == "RP106"


def test_undefined_alias_is_a_syntax_error() -> None:
    with pytest.raises(ScenarioError) as info:
        load_text("*0\n", "alias.yaml")
    assert info.value.code == "RP101"
    assert info.value.diagnostic.location is not None
    assert (info.value.diagnostic.location.line, info.value.diagnostic.location.col) == (1, 1)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1" + "0" * 5000, "a number too long to read"),  # Python refuses > 4,300 digits
        ("-" + "9" * 4400, "a number too long to read"),
        ("2024-02-30", "looks like a date but is not one"),
        ("2001-13-45", "looks like a date but is not one"),
        ("2001-12-14t21:59:43.10-99:00", "looks like a date but is not one"),  # offset > 24 h
    ],
)
def test_value_python_cannot_build_is_a_coded_error(value: str, words: str) -> None:
    # PyYAML's resolver takes these as an int or a timestamp, then Python's int() or date()
    # raised ValueError: a traceback from every command that loads the file.
    with pytest.raises(ScenarioError) as info:
        load_text(f"id: x\ntitle: t\npass_score: {value}\n", "odd.yaml")
    (d,) = info.value.diagnostics
    assert d.location is not None
    assert (d.code, d.location.line, d.location.col) == ("RP101", 3, 13)
    assert words in d.message
    assert "\n" not in d.format()
    assert len(d.format()) < 300  # a 5,000-digit number is shown by its start and length


def _with_intents(count: int) -> str:
    text = (Path(__file__).parents[2] / "scenarios" / "budget_pushback.yaml").read_text()
    extra = "".join(f"  extra_{i}:\n    examples: [a b, c d, e f]\n" for i in range(count))
    return text.replace("intents:\n", "intents:\n" + extra, 1)


def test_more_than_a_hundred_intents_are_refused_before_lint() -> None:
    # lint compares every pair of intents with the encoder: 300 intents took minutes in
    # `validate`, and thousands fit in the 1 MB limit
    load_text(_with_intents(100 - 6), "ok.yaml")  # budget_pushback declares 6
    with pytest.raises(ScenarioError) as info:
        load_text(_with_intents(100 - 5), "many.yaml")
    (d,) = info.value.diagnostics
    assert d.code == "RP203" and d.message.startswith("intents: ")
    assert "at most 100 items" in d.message
