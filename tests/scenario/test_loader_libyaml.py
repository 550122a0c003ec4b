"""libyaml's parser reads scenarios much faster; what it gives must be what the pure-Python
parser gives: the same values and positions, and (read again the slow way) the same errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roleplay.scenario import yaml_source
from roleplay.scenario.yaml_source import Refusal, ScenarioProblems, parse_yaml

from ..conftest import SCENARIOS

needs_libyaml = pytest.mark.skipif(
    not yaml.__with_libyaml__, reason="PyYAML without libyaml reads everything the slow way"
)

BAD = Path(__file__).parent / "bad"


def _slow(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> Any:
    with monkeypatch.context() as m:
        m.setattr(yaml_source, "_CParser", None)
        return _outcome(text, name)


def _outcome(text: str, name: str) -> Any:
    """The parsed data and positions, or the diagnostics the text is refused with."""
    try:
        data, source = parse_yaml(text, name)
    except Refusal as exc:
        return ("refused", exc.diagnostic.format())
    except ScenarioProblems as exc:
        return ("problems", [d.format() for d in exc.diagnostics])
    return data, source.positions, source.key_positions


@needs_libyaml
def test_a_scenario_is_read_without_the_pure_python_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class NotUsed(yaml_source.PositionLoader):
        def __init__(self, stream: str, filename: str) -> None:
            raise AssertionError("the pure-Python parser read a valid file")

    monkeypatch.setattr(yaml_source, "PositionLoader", NotUsed)
    text = (SCENARIOS / "budget_pushback.yaml").read_text(encoding="utf-8")
    data, _ = parse_yaml(text, "budget_pushback.yaml")
    assert data["id"] == "budget_pushback"


@needs_libyaml
@pytest.mark.parametrize(
    "path", sorted(SCENARIOS.glob("*.yaml")) + sorted(BAD.glob("*.yaml")), ids=lambda p: p.name
)
def test_same_values_positions_and_errors_as_the_pure_python_parser(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8", errors="surrogateescape")
    assert _outcome(text, path.name) == _slow(monkeypatch, text, path.name)


@needs_libyaml
@pytest.mark.parametrize(
    "text",
    [
        "id: café\ntitle: 'Ünïcode — before a value'\nsay: [a, b]\n",
        "\ufeffid: x\r\ntitle: windows line ends\r\n  # comment\r\nsummary: y\r\n",
        "id: x\ntitle: \t tabbed\nlist:\n- a\n-   b: 1\n    c: 2\n",
        "id: x\ntitle: [unclosed\n",
        "id: x\n\ttitle: tab indent\n",
        "id: x\ntitle: a: b\n",
        "id: x\nid: y\n",
        "a: &a [1, 2]\nb: *a\nc: *b\n",
        "a: &a [*a]\n",
        "id: !!python/object/apply:os.system [true]\n",
        "id: x\n---\nid: y\n",
        "id: x\ntitle: 'bad \x07 bell'\n",
        "id: x\nwhen: 2024-02-30\n",
        "id: x\n<<: {a: 1}\n",
        "? [a, b]\n: c\n",
        "{a: 1}: b\n",
        "%YAML 1.1\n---\nid: x\n",
        "%YAML 1.3\n---\nid: x\n",
        'id: x\ntitle: "\\q unknown escape"\n',
        "id: x\ntitle: |\n  block\n   text\nnext: 1\n",
        "id: x\n  title: over-indented\n",
        "- a\nb: c\n",
        "",
        "# only a comment\n",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "id: x\ntitle: \udcff lone surrogate\n",
        "id: \U0001f600 emoji\ntitle: \u202e bidi\n",
        "id: 0x1F\nn: 1_000\nf: .inf\nb: yes\nnul: ~\n",
        # tags named through %TAG are still refused after either parser (safety is checked
        # on the composed nodes, never by the parser)
        "%TAG !p! tag:yaml.org,2002:python/\n---\nid: !p!object:os.system x\n",
        "%TAG !e! tag:example.com,2000:\n---\nid: !e!foo x\n",
        "id: !!binary aGVsbG8=\n",
        "id: !!set {a, b}\n",
        "a: !!float 1\nb: !!int '7'\n",
        "? |\n  block key\n: v\n",
        # found by the soup below over 60,000 texts: libyaml reads a comment right after a block
        # header, and a tag PyYAML's scanner refuses
        "a: |#\n  x\n",
        "!'!!str a",
    ],
)
def test_edge_cases_read_the_same_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _outcome(text, "edge.yaml") == _slow(monkeypatch, text, "edge.yaml")


# YAML-shaped soup: indentation, indicators, quotes, anchors and the odd tab or stray
# character, so the two parsers meet the corners where they might disagree.
_PIECES = st.sampled_from(
    [
        "a",
        "b: ",
        "- ",
        "  ",
        "    ",
        "\n",
        "\r\n",
        ": ",
        "? ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "'",
        '"',
        "\\",
        "#",
        "&x ",
        "*x",
        "!!str ",
        "!!python/name:os ",
        "|",
        ">",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "\t",
        "é",
        "\u2028",
        "\x85",
        "\ufeff",
        "~",
        "1e3",
        "2024-01-01",
        "<<: ",
        "@",
        "-",
        "+",
        "2",
        "!",
        ":",
        "?",
        "\n  - ",
        "\n    ",
        "`",
        "%",
    ]
)


@needs_libyaml
@settings(
    max_examples=300,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    deadline=None,
)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_random_yaml_reads_the_same_both_ways(text: str) -> None:
    """300 fixed texts in every run (derandomized, so a run never fails on a new draw); the
    same test with 20,000 random ones was run three times while writing the fast path."""
    with pytest.MonkeyPatch.context() as m:
        fast = _outcome(text, "fuzz.yaml")
        m.setattr(yaml_source, "_CParser", None)
        assert fast == _outcome(text, "fuzz.yaml")
