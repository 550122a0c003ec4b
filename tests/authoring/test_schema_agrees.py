"""The JSON Schema an editor checks against and the loader agree on every fixture.

Shape problems (RP2xx, and RP304 where a key takes the wrong kind of value) are refused by
both; problems between parts of the file (the other RP3xx: a `to:` naming no state, a meter
or intent nobody declared) only the loader can see; problems in the YAML itself (RP0xx, RP1xx) never
reach a schema. Every file the loader accepts, the schema accepts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from roleplay.errors import ScenarioError
from roleplay.scenario import load_file

from ..conftest import REPO, SCENARIOS

SCHEMA = json.loads((REPO / "schema" / "scenario.schema.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA)
BAD = REPO / "tests" / "scenario" / "bad"
LINT_FIXTURES = REPO / "tests" / "scenario" / "lint_fixtures"
SHAPE_CODES = ("RP2", "RP304")  # RP304: a key given the wrong kind of value


def _is_cross_reference(code: str) -> bool:
    """RP3xx other than RP304: names that must refer to something elsewhere in the file(s)."""
    return code.startswith("RP3") and not code.startswith(SHAPE_CODES)


def _schema_errors(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e.message for e in VALIDATOR.iter_errors(data)]


def _loader_codes(path: Path) -> list[str]:
    try:
        load_file(path)
    except ScenarioError as exc:
        return [d.code for d in exc.diagnostics]
    return []


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bad_fixture_gets_the_same_verdict(path: Path) -> None:
    codes = _loader_codes(path)
    assert codes, "every bad fixture is refused by the loader"
    if any(c[:3] in ("RP0", "RP1") for c in codes):
        return  # the YAML itself is refused; a schema never sees a document
    errors = _schema_errors(path)
    if any(c.startswith(SHAPE_CODES) for c in codes):
        assert errors, f"the loader says {codes} but the schema accepts {path.name}"
    else:
        assert all(_is_cross_reference(c) for c in codes), codes
        assert not errors, f"the schema refuses what only references should: {errors}"


def _good_files() -> list[Path]:
    shipped = [p for p in SCENARIOS.glob("*.yaml") if not p.name.endswith(".tests.yaml")]
    return sorted(shipped) + sorted(LINT_FIXTURES.rglob("*.yaml"))


@pytest.mark.parametrize("path", _good_files(), ids=lambda p: p.name)
def test_every_file_the_loader_accepts_the_schema_accepts(path: Path) -> None:
    assert _loader_codes(path) == []
    assert _schema_errors(path) == []


@pytest.mark.parametrize(
    ("snippet", "code"),
    [
        ("meters: {trust: 150}", "RP203"),
        ('meters: {trust: "50"}', "RP203"),
        ("meters: {trust: true}", "RP203"),
        ("meters: {trust: 50.5}", "RP203"),
        ('pass_score: "70"', "RP203"),
        ("max_turns: 0", "RP203"),
        ("meters: {Trust: 50}", "RP205"),
        ("tags: [Budget]", "RP205"),
        ("difficulty: extreme", "RP203"),
        ("colour: red", "RP202"),
    ],
)
def test_top_level_values_get_the_same_verdict(snippet: str, code: str, tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "id: s\ntitle: T\nsummary: S\nlearner: {role: L}\ncounterpart: {name: N, role: R}\n"
        f"{snippet}\nstart: a\nstates:\n  a: {{say: hi, end: success}}\n"
    )
    assert code in _loader_codes(path)
    assert _schema_errors(path)


def test_a_whole_number_written_as_a_float_passes_both(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "id: s\ntitle: T\nsummary: S\nlearner: {role: L}\ncounterpart: {name: N, role: R}\n"
        "meters: {trust: 50.0}\nstart: a\nstates:\n  a: {say: hi, end: success}\n"
    )
    assert _loader_codes(path) == []
    assert _schema_errors(path) == []


# Values a typo or a misunderstanding puts in a field: every type, edges of every range.
ODD_VALUES: list[object] = [
    None,
    True,
    -1,
    101,
    15.0,
    15.5,
    "",
    "X Y",
    ">= 60",
    "+15",
    ["a"],
    [""],
    [" "],
    {"Bad": 1},
    "a" * 4001,
]


def _paths(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*path, i))
    return out


def _one_path_per_kind(doc: dict[str, object]) -> list[tuple[str | int, ...]]:
    """The first path of each kind (state names and list positions made alike)."""
    kinds: dict[tuple[str, ...], tuple[str | int, ...]] = {}
    for path in _paths(doc):
        kind = tuple(
            "#" if isinstance(p, int) else "*" if i == 1 and path[0] in ("states", "meters") else p
            for i, p in enumerate(path)
        )
        kinds.setdefault(kind, path)
    return list(kinds.values())


BASE = yaml.safe_load((SCENARIOS / "budget_pushback.yaml").read_text(encoding="utf-8"))
# libyaml writes the changed documents when it is there (a third of the time spent otherwise).
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@pytest.mark.parametrize("value", ODD_VALUES, ids=lambda v: f"{v!r:.12}")
def test_one_changed_value_anywhere_gets_the_same_verdict(value: object) -> None:
    """Every place in a shipped scenario, given this odd value in turn: when the loader accepts
    the result the schema must too, and when the loader finds a shape problem so must the schema."""
    import copy

    from roleplay.scenario import load_text

    disagreements: list[str] = []
    for path in _one_path_per_kind(BASE):
        doc = copy.deepcopy(BASE)
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = value
        try:
            load_text(yaml.dump(doc, Dumper=DUMPER), "budget_pushback.yaml")
            codes: list[str] = []
        except ScenarioError as exc:
            codes = [d.code for d in exc.diagnostics]
        schema_refuses = any(True for _ in VALIDATOR.iter_errors(doc))
        loader_shape = any(c.startswith(SHAPE_CODES) for c in codes)
        if (not codes and schema_refuses) or (loader_shape and not schema_refuses):
            disagreements.append(f"{'.'.join(map(str, path))} = {value!r:.40}: loader {codes}")
    assert disagreements == []
