"""Hypothesis: whatever text arrives, the loader returns a scenario or a coded ScenarioError."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from roleplay.errors import ScenarioError
from roleplay.scenario import load_text

from ..conftest import SCENARIOS

CODE = re.compile(r"^RP\d{3}$")
VALID = (SCENARIOS / "budget_pushback.yaml").read_text()


def _load(text: str) -> None:
    try:
        load_text(text, "fuzz.yaml")
    except ScenarioError as exc:
        assert exc.diagnostics
        for d in exc.diagnostics:
            assert CODE.match(d.code)
            assert d.location is not None and d.location.file == "fuzz.yaml"


# Inputs that once crashed the loader (or could): kept so every run tries them.
CORPUS = [
    "a: &a [*a]\n",  # a recursive alias: RecursionError before RP104 caught it
    "a: &a {b: *a}\n",
    "a: &a [x, &b [*a, *b]]\n",
    "l0: &l0 x\n"
    + "".join(f"l{i}: &l{i} " + "[" * 20 + f"*l{i - 1}" + "]" * 20 + "\n" for i in range(1, 11)),
    "*0\n",
    "a: &a x\nb: &a y\nc: *a\n",
    "a: 2024-02-30\n",  # a date Python cannot build: ValueError before RP101 caught it
    "a: " + "7" * 4301 + "\n",  # past int()'s digit limit
]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _load(text)


for _case in CORPUS:
    test_arbitrary_text_never_crashes = example(_case)(test_arbitrary_text_never_crashes)


anchored = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["&a ", "&b ", "&c ", ""]),
        st.sampled_from(
            ["[*a]", "[*b, x]", "{k: *c}", "*a", "x", "[&a [*b], *a]", "{k: [*a, *b]}"]
        ),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=150, deadline=None)
@given(anchored)
def test_anchors_and_aliases_never_crash(parts: list[tuple[str, str, str]]) -> None:
    _load("".join(f"{key}{i}: {anchor}{value}\n" for i, (key, anchor, value) in enumerate(parts)))


yaml_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1000, 1000),
    st.text(max_size=20),
    st.floats(allow_nan=False),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(VALID) - 1), st.integers(0, 40), st.text(max_size=10))
def test_mutated_scenario_never_crashes(pos: int, cut: int, insert: str) -> None:
    _load(VALID[:pos] + insert + VALID[pos + cut :])


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "title", "states", "start", "meters", "x"]), yaml_values)
)
def test_structured_garbage_never_crashes(doc: dict[str, object]) -> None:
    import yaml

    _load(yaml.safe_dump(doc))
