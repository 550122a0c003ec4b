"""PyYAML's syntax errors, retold for someone writing a scenario by hand.

PyYAML says "found character '\\t' that cannot start any token" or "expected <block end>, but
found '<block mapping start>'"; a trainer needs "a tab in the indentation: use spaces" and which
block the line breaks. Each explanation keeps the original problem's position.
"""

from __future__ import annotations

import re

import yaml

from roleplay.errors import Diagnostic, Location

from . import codes

GENERIC_HINT = "check indentation, colons, quotes and anchors"
_UNQUOTED_COMPARISON = re.compile(
    r"^\s*(?:-\s+)?[^\s'\"#][^:#]*:\s*((?:>=|<=|==|!=|>|<)\s*-?\d+(?:\.\d+)?)"
)
_FLOW_COMPARISON = re.compile(r"[{,]\s*(\w+):\s*((?:>=|<=|==|!=|>|<)\s*-?\d+(?:\.\d+)?)")


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _quote_hint(line: str) -> tuple[str, str] | None:
    """An unquoted comparison such as `overall: >= 30` on this line: (key, comparison)."""
    flow = _FLOW_COMPARISON.search(line)
    if flow:
        return flow.group(1), flow.group(2)
    block = _UNQUOTED_COMPARISON.match(line)
    if block:
        key = line.split(":", 1)[0].strip().lstrip("-").strip()
        return key, block.group(1)
    return None


def _entry_at(lines: list[str], line_no: int, col: int) -> str:
    """The first entry of the block that starts at (line_no, col), e.g. `say: hi`."""
    return _line(lines, line_no)[col - 1 :].strip()[:40]


def explain(exc: yaml.MarkedYAMLError, text: str, filename: str) -> Diagnostic:
    """One coded diagnostic (RP101) for a YAML syntax error, worded for scenario authors."""
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if mark is None:
        return Diagnostic(
            codes.YAML_SYNTAX, f"YAML syntax error: {problem}", GENERIC_HINT, Location(filename)
        )
    where = Location(filename, mark.line + 1, mark.column + 1)
    lines = text.splitlines()
    line_no = mark.line + 1
    here = _line(lines, line_no)
    message, hint = f"YAML syntax error: {problem}", GENERIC_HINT

    leading = here[: len(here) - len(here.lstrip(" \t"))]
    comparison = _quote_hint(here)
    if "\t" in leading or "'\\t'" in problem:
        message = f"YAML syntax error: a tab in the indentation of line {line_no}"
        hint = "indent with spaces: YAML does not allow tabs in indentation"
    elif comparison is not None:
        key, value = comparison
        message = f"YAML syntax error: the comparison {value} on line {line_no} is not quoted"
        hint = f'always quote comparisons: {key}: "{value}"'
    elif problem.startswith("expected <block end>") and exc.context_mark is not None:
        start = exc.context_mark
        entry = _entry_at(lines, start.line + 1, start.column + 1)
        message = (
            f"YAML syntax error: the indentation of line {line_no} (column {mark.column + 1}) "
            f"breaks the block that starts at line {start.line + 1} with '{entry}', whose "
            f"entries are at column {start.column + 1}"
        )
        hint = "line each entry up with the ones beside it, using spaces"
    elif problem == "mapping values are not allowed here":
        above = next(
            (_line(lines, n) for n in range(line_no - 1, 0, -1) if _line(lines, n).strip()), ""
        )
        first_colon = here.find(": ") == mark.column or here.rstrip().endswith(":")
        if first_colon and above and _indent(here) > _indent(above):
            message = (
                f"YAML syntax error: line {line_no} is indented deeper than line {line_no - 1}, "
                f"so it reads as part of that line's value"
            )
            hint = "indent it with spaces like the line above, or quote the value above it"
        else:
            message = f"YAML syntax error: a value on line {line_no} contains ': '"
            hint = 'put the value in quotes, e.g. title: "Budget: the cut"'
    return Diagnostic(codes.YAML_SYNTAX, message, hint, where)
