"""``roleplay list``, ``validate`` and ``schema``: look at scenarios without playing them."""

from __future__ import annotations

import argparse
import json
import sys

from roleplay.errors import Diagnostic, ScenarioError
from roleplay.report.console import Printer
from roleplay.scenario import load_file
from roleplay.scenario.library import expand_paths, scenario_files
from roleplay.scenario.lint import lint
from roleplay.scenario.model import Scenario


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list the shipped scenarios")
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.set_defaults(func=run_list)

    v = sub.add_parser(
        "validate",
        help="check scenario files (exit 0 ok, 1 lint errors, 2 cannot load)",
        description="Load and lint scenario files or folders. Prints file:line:col CODE message "
        "(hint). Exit 0 when clean (warnings allowed), 1 on lint errors, 2 when a file cannot "
        "become a scenario.",
    )
    v.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    v.add_argument("--json", action="store_true", help="diagnostics as JSON")
    v.set_defaults(func=run_validate)

    s = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    s.set_defaults(func=run_schema)


def run_list(args: argparse.Namespace) -> int:
    rows = []
    problems: list[str] = []
    for path in scenario_files():
        try:
            sc = load_file(path).scenario
        except ScenarioError as exc:
            problems.append(exc.format())
            continue
        rows.append(
            {
                "id": sc.id,
                "title": sc.title,
                "summary": sc.summary,
                "difficulty": sc.difficulty,
                "states": len(sc.states),
                "path": str(path),
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        out = Printer.for_stream(sys.stdout)
        width = max((len(r["id"]) for r in rows), default=10)  # type: ignore[arg-type]
        for r in rows:
            out.line(f"{r['id']:<{width}}  {r['difficulty']:<6}  {r['title']}")
    err = Printer.for_stream(sys.stderr)
    for p in problems:
        err.error(p)
    return 2 if problems else 0


def run_validate(args: argparse.Namespace) -> int:
    files = expand_paths(args.paths)
    results: list[dict[str, object]] = []
    worst = 0
    all_diags: list[Diagnostic] = []
    for path in files:
        try:
            loaded = load_file(path)
        except ScenarioError as exc:
            diags = exc.diagnostics
            worst = 2
        else:
            diags = lint(loaded)
            if any(d.severity == "error" for d in diags):
                worst = max(worst, 1)
        all_diags.extend(diags)
        results.append({"file": str(path), "diagnostics": [d.to_json() for d in diags]})
    if not files:
        Printer.for_stream(sys.stderr).error("RP001 no scenario files found in " + " ".join(args.paths))
        return 2
    if args.json:
        print(json.dumps({"files": results, "exit": worst}, ensure_ascii=False, indent=2))
        return worst
    out = Printer.for_stream(sys.stdout)
    for d in all_diags:
        out.line(d.format(), "red" if d.severity == "error" else "yellow")
    errors = sum(1 for d in all_diags if d.severity == "error")
    warnings = len(all_diags) - errors
    summary = f"{len(files)} file(s) checked: {errors} error(s), {warnings} warning(s)"
    out.line(summary, "green" if worst == 0 else "red")
    return worst


def schema_document() -> dict[str, object]:
    schema = Scenario.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://roleplay.invalid/schema/scenario.schema.json",
        **schema,
    }


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema_document(), indent=2, ensure_ascii=False))
    return 0
