"""``roleplay list``, ``validate`` and ``schema``: look at scenarios without playing them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from roleplay.errors import Diagnostic, RoleplayError, ScenarioError
from roleplay.report.console import Printer
from roleplay.sanitise import json_text, visible
from roleplay.scenario import LoadedScenario, load_file
from roleplay.scenario.catalogue import CatalogueEntry, entry_of
from roleplay.scenario.codes import FILE_NOT_FOUND, SHARED_INTENTS_FILE
from roleplay.scenario.flow import PathSummary
from roleplay.scenario.json_schema import schema_document
from roleplay.scenario.library import (
    dangling_link,
    expand_paths,
    library_dir,
    link_out_of_folder,
    missing_library,
    no_scenarios_hint,
    resolve,
    scenario_files,
    shared_intents_file,
)
from roleplay.scenario.lint import lint_files, success_summary
from roleplay.scenario.loader import TESTS_SUFFIX, check_shared_intents

from .common import skipped_because


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list the shipped scenarios")
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.set_defaults(func=run_list)

    v = sub.add_parser(
        "validate",
        aliases=["lint"],  # the docs call its checks the lint, and trainers type it
        help="check scenario files (exit 0 ok, 1 lint errors, 2 cannot load)",
        description="Load and lint scenario files or folders. Prints file:line:col CODE message "
        "(hint). Exit 0 when clean (warnings allowed), 1 on lint errors, 2 when a file cannot "
        "become a scenario.",
    )
    v.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="scenario files or folders (`.` for this folder), or a shipped scenario's id",
    )
    v.add_argument("--json", action="store_true", help="diagnostics as JSON")
    v.add_argument(
        "-q", "--quiet", action="store_true", help="leave out the paths-to-success lines"
    )
    v.set_defaults(func=run_validate, trailing="paths")

    s = sub.add_parser("schema", help="print the JSON Schema of the scenario format")
    s.set_defaults(func=run_schema)


def run_list(args: argparse.Namespace) -> int:
    """The library's scenarios, one line each. What a line needs is kept in the picker's
    catalogue cache, so only files that changed since are read (and validated) again; a file
    that cannot be played is always read again, for its full error."""
    from roleplay.scenario.catalogue import CatalogueCache, default_cache_file

    rows = []
    problems: list[Diagnostic] = []
    folder = library_dir()
    if not folder.is_dir():  # only ROLEPLAY_SCENARIOS can name one that is not there
        raise missing_library(folder)
    files = scenario_files()
    cache = CatalogueCache(default_cache_file())
    err = Printer.for_stream(sys.stderr)
    unread = [p for p in files if _listable(cache.get(p)) is None]
    if len(unread) >= _PROGRESS_FROM and sys.stderr.isatty():
        err.line(f"reading {len(unread)} scenario files (kept for next time)...")
    for path in files:
        entry = _listable(cache.get(path))
        if entry is None:
            if (refused := link_out_of_folder(path) or dangling_link(path)) is not None:
                problems.append(refused)
                continue
            try:
                loaded = load_file(path)
            except ScenarioError as exc:
                problems.extend(exc.diagnostics)
                continue
            entry = entry_of(path, loaded)
            cache.put(path, entry)
        rows.append(
            {
                "id": entry.id,
                "title": entry.title,
                "summary": entry.summary,
                "difficulty": entry.difficulty,
                "states": entry.states,
                "path": str(path),
            }
        )
    cache.save(files)
    if args.json:
        print(json_text(rows, indent=2))
    else:
        out = Printer.for_stream(sys.stdout)
        width = max((len(r["id"]) for r in rows), default=10)  # type: ignore[arg-type]
        for r in rows:
            out.line(f"{r['id']:<{width}}  {r['difficulty']:<6}  {r['title']}")
    for d in problems:  # as every command says an error: "file:line:col RPnnn ..." when
        if d.location is not None:  # it has a place (an editor jumps to it), else "error: "
            err.line(d.format())
        else:
            err.error(d.format())
    return 2 if problems else 0


# A cold list of this many files or more says what it is doing first (on a terminal): about
# 10 ms a file with libyaml, several times that without.
_PROGRESS_FROM = 100


def _listable(entry: CatalogueEntry | None) -> CatalogueEntry | None:
    """A cached entry good for a line of the list: one that loaded (a broken file is read
    again, so its every diagnostic is printed, as `validate` would)."""
    return entry if entry is not None and entry.error is None else None


def _summary_json(summary: PathSummary) -> dict[str, object]:
    return {
        "shortest": summary.shortest,
        "longest": summary.longest,
        "loops": summary.loops,
        "example": summary.example,
    }


def _summary_text(scenario_id: str, summary: PathSummary) -> str:
    if summary.shortest is None:
        return f"{scenario_id}: no path to success"
    span = (
        f"{summary.shortest}"
        if summary.shortest == summary.longest
        else f"{summary.shortest}-{summary.longest}"
    )
    loops = " (loops; capped by max_turns)" if summary.loops else ""
    return (
        f"{scenario_id}: success in {span} {'reply' if span == '1' else 'replies'}{loops}; shortest: "
        + " -> ".join(summary.example)
    )


def _shared_text(path: Path, count: int) -> str:
    return (
        f"{path}: a file of shared intents ({count} intent{'' if count == 1 else 's'}); "
        "how scenarios use them is checked with each scenario that includes it"
    )


def _check_tests(path: Path) -> tuple[str, int]:
    """A golden tests file named on its own: its format and references (and the scenario
    beside it, which must load); the cases are run by `roleplay test`."""
    from roleplay.engine.golden import load_tests

    loaded = load_tests(path)
    return loaded.scenario.scenario.id, len(loaded.tests.cases)


def _bare_name(path: Path) -> bool:
    """A name with no folder and no `.yaml` that is not a file here: a shipped scenario's id
    (`expand_paths` has already turned one that is shipped into its path)."""
    name = str(path)
    return (
        path.suffix not in (".yaml", ".yml")
        and "/" not in name
        and os.sep not in name
        and not os.path.lexists(path)
    )


def run_validate(args: argparse.Namespace) -> int:
    named, problems = expand_paths(args.paths)
    files = list(dict.fromkeys(named))  # each file once, in order
    if not files and not problems:
        only = Path(args.paths[0])
        hint = (
            f" ({no_scenarios_hint(only, 'validate')})"
            if len(args.paths) == 1 and only.is_dir()
            else ""
        )
        Printer.for_stream(sys.stderr).error(
            "RP001 no scenario files found in " + " ".join(args.paths) + hint
        )
        return 2
    worst = 2 if any(d.severity == "error" for d in problems) else 0
    diags: dict[Path, list[Diagnostic]] = {}
    skipped: list[Path] = []  # in a folder, but could not be checked: said, and counted
    for problem in problems:
        where = Path(problem.location.file if problem.location else "")
        skipped.append(where)
        diags.setdefault(where, []).append(problem)
    loaded: list[LoadedScenario] = []
    shared: dict[Path, int] = {}  # files of shared intents named on their own: how many intents
    tests: dict[Path, tuple[str, int]] = {}  # golden tests files named: their scenario, cases
    not_found: set[Path] = set()  # named, but no such file (or shipped id): not counted checked
    for path in files:
        try:
            if _bare_name(path):
                # an id names a shipped scenario, as in `test`, `graph`, `intents`, `dev` and
                # `play`: one that is not there is RP005 with the same hint in every command
                resolve(str(path))
            if path.name.endswith(TESTS_SUFFIX):
                tests[path] = _check_tests(path)
            elif shared_intents_file(path):
                shared[path] = check_shared_intents(path)
            else:
                loaded.append(load_file(path))
        except ScenarioError as exc:
            if [d.code for d in exc.diagnostics] == [SHARED_INTENTS_FILE]:
                # Only `intents:`, written so the quick look missed it (a flow mapping, a
                # byte-order mark): check it as what it is, not as a broken scenario.
                try:
                    shared[path] = check_shared_intents(path)
                    continue
                except ScenarioError as inner:
                    exc = inner
            diags[path] = exc.diagnostics
            if [d.code for d in exc.diagnostics] == [FILE_NOT_FOUND]:
                not_found.add(path)
            worst = 2
        except RoleplayError as exc:  # RP005: a bare name that is no shipped scenario's id
            diags[path] = [exc.diagnostic]
            not_found.add(path)
            worst = 2
    linted = lint_files(loaded)
    summaries: dict[Path, tuple[str, PathSummary]] = {}
    for i, item in enumerate(loaded):
        path = item.path or Path(item.source.file)
        diags[path] = linted[i]
        summaries[path] = (item.scenario.id, success_summary(item))
        if any(d.severity == "error" for d in linted[i]):
            worst = max(worst, 1)
    if args.json:
        results = []
        for path in skipped:
            results.append(
                {
                    "file": str(path),
                    "skipped": True,
                    "reason": skipped_because(diags[path][0]),
                    "diagnostics": [d.to_json() for d in diags[path]],
                }
            )
        for path in files:
            entry: dict[str, object] = {
                "file": str(path),
                "diagnostics": [d.to_json() for d in diags.get(path, [])],
            }
            if path in summaries:
                entry["id"] = summaries[path][0]
                entry["success_paths"] = _summary_json(summaries[path][1])
            if path in shared:
                entry["shared_intents"] = shared[path]
            if path in tests:
                entry["tests_for"], entry["cases"] = tests[path]
            results.append(entry)
        print(json_text({"files": results, "exit": worst}, indent=2))
        return worst
    out = Printer.for_stream(sys.stdout)
    all_diags = [d for path in [*dict.fromkeys(skipped), *files] for d in diags.get(path, [])]
    for d in all_diags:
        out.line(d.format(), "red" if d.severity == "error" else "yellow")
    if not args.quiet:
        for path in files:
            if path in summaries:
                out.line(_summary_text(*summaries[path]), "dim")
            elif path in shared:
                out.line(_shared_text(path, shared[path]), "dim")
            elif path in tests:
                scenario_id, cases = tests[path]
                out.line(
                    f"{path}: golden tests for '{scenario_id}' ({cases} case(s)); "
                    f"`roleplay test {path}` runs them",
                    "dim",
                )
    for path in dict.fromkeys(skipped):  # each named once, short, above the summary
        line = f"skipped {path}: {skipped_because(diags[path][0])}"
        out.line(visible(line).replace("\n", "\\n"), "dim")
    errors = sum(1 for d in all_diags if d.severity == "error")
    warnings = len(all_diags) - errors
    left_out = f", {len(skipped)} skipped" if skipped else ""
    left_out += f", {len(not_found)} not found" if not_found else ""
    checked = len(files) - len(not_found)
    summary = f"{checked} file(s) checked{left_out}: {errors} error(s), {warnings} warning(s)"
    out.line(summary, "green" if worst == 0 else "red")
    return worst


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema_document(), indent=2, ensure_ascii=False))
    return 0
