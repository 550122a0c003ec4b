"""``roleplay test``: run golden transcripts and report them as pytest does, with what was not
run counted and named in the summary."""

from __future__ import annotations

import argparse
import json
import stat
import sys
import time
from dataclasses import replace
from pathlib import Path

from roleplay.engine.golden import NO_TESTS, SUFFIX, CaseResult, golden_path, load_tests, run_tests
from roleplay.errors import Diagnostic, Location, ScenarioError
from roleplay.report.console import Printer
from roleplay.scenario.library import (
    dangling_link,
    folder_scenarios,
    link_out_of_folder,
    link_to_special,
    no_scenarios_hint,
    resolve,
)
from roleplay.scoring import default_scorer

from .common import load_scenario, skipped_because


def _load_problems(scenario: Path) -> list[Diagnostic] | None:
    """Why a scenario named on its own cannot be tested (None: it loads)."""
    try:
        load_scenario(str(scenario))
    except ScenarioError as exc:
        return exc.diagnostics
    return None


def _link_to_special(path: Path) -> Diagnostic | None:
    """RP002 for a golden-tests symlink inside the folder to a pipe, device or socket (None for
    anything else: a folder, or a link to nothing, said by ``dangling_link``)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not path.is_symlink() or stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return link_to_special(path, mode)


def _collect(paths: list[str]) -> tuple[list[Path], list[Diagnostic], list[Diagnostic]]:
    """Tests files to run, notes about what was not run, and which of the notes name a file
    skipped (all but those saying why a named scenario did not load)."""
    files: list[Path] = []
    notes: list[Diagnostic] = []
    broken_notes: list[Diagnostic] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            tests_files = sorted(p.glob("*" + SUFFIX))
            for f in tests_files:
                if (out := link_out_of_folder(f)) is not None:
                    notes.append(out)  # RP011: a folder's files are read only from inside it
                    continue  # (a link out to a device or a pipe too: never opened)
                if not f.is_file():
                    if (odd := _link_to_special(f)) is not None:
                        notes.append(odd)  # a link to a pipe or a device: said, never opened
                    continue
                if link_out_of_folder(f.with_name(f.name[: -len(SUFFIX)] + ".yaml")) is None:
                    files.append(f)  # (a scenario linked out is said by folder_scenarios)
            # a link to nothing, or what the folder could not show, is said and counted
            notes.extend(d for f in tests_files if (d := dangling_link(f)) is not None)
            scenarios, unreadable = folder_scenarios(p)
            notes.extend(unreadable)
            if not tests_files and not scenarios and not unreadable:
                # said as `validate FOLDER` says it: the trainer is most likely a folder too high
                empty = Diagnostic(
                    "RP001",
                    f"no scenario files found in {p}",
                    no_scenarios_hint(p, "test"),
                )
                notes.append(empty)
                broken_notes.append(empty)
            for scenario in scenarios:
                if not golden_path(scenario).is_file():
                    notes.append(
                        Diagnostic(
                            NO_TESTS,
                            "scenario has no golden tests",
                            f"add {golden_path(scenario).name}",
                            Location(str(scenario)),
                            "warning",
                        )
                    )
        elif p.name.endswith(SUFFIX):
            files.append(p)
        else:
            scenario = resolve(raw)
            # a path names a file, as in every authoring command: `scenarios/x` with no such
            # file is RP001 with its guess (`did you mean scenarios/x.yaml?`), even when
            # `scenarios/x.tests.yaml` is there
            if scenario.is_file() and golden_path(scenario).is_file():
                files.append(golden_path(scenario))
            elif (broken := _load_problems(scenario)) is not None:
                notes.extend(broken)  # a typo or a broken file must not pass as "no tests"
                broken_notes.extend(broken)
            else:
                notes.append(
                    Diagnostic(
                        NO_TESTS,
                        "scenario has no golden tests; nothing to run",
                        f"add {golden_path(scenario).name}; `roleplay docs` shows how",
                        Location(str(scenario)),
                        "warning",
                    )
                )
    skipped = [d for d in notes if not any(d is b for b in broken_notes)]
    return list(dict.fromkeys(files)), notes, skipped


# a path that names no file (RP001) or a bare name that is no shipped id (RP005)
_NOT_FOUND = frozenset({"RP001", "RP005"})

# Why a file a folder (or a name) held was not run, by its note (common.skipped_because); the
# summary names each such file, as `validate FOLDER` names what it skipped.
_NAMED_IN_SUMMARY = 5  # more are counted, and listed above the summary


def _skipped_text(skipped: list[tuple[str, Diagnostic]]) -> str:
    """', 4 skipped (a.yaml: no golden tests; ...)' for the summary, or nothing."""
    if not skipped:
        return ""
    named = [f"{d.location.file if d.location else '?'}: {why}" for why, d in skipped]
    more = len(named) - _NAMED_IN_SUMMARY
    shown = "; ".join(named[:_NAMED_IN_SUMMARY]) + (f"; {more} more above" if more > 0 else "")
    return f", {len(skipped)} skipped ({shown})"


def run_test(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    files, notes, skip_notes = _collect(args.paths)
    skipped = [
        ("no golden tests" if d.code == NO_TESTS else skipped_because(d), d) for d in skip_notes
    ]
    out = Printer.for_stream(sys.stdout)
    scorer = default_scorer()
    worst = 2 if any(n.severity == "error" for n in notes) else 0
    report: list[dict[str, object]] = []
    passed = failed = unloaded = 0
    for d in notes:
        if not args.json:
            out.line(d.format(), "red" if d.severity == "error" else "yellow")
    for path in files:
        try:
            # a case naming what the scenario lacks (RP903/904/908/913) fails alone; others run
            loaded = load_tests(path, per_case=True)
        except ScenarioError as exc:
            worst = 2
            unloaded += 1
            report.append(
                {"file": str(path), "diagnostics": [d.to_json() for d in exc.diagnostics]}
            )
            if not args.json:
                out.line(exc.format(), "red")
            continue
        if args.k:
            cases = [c for c in loaded.tests.cases if args.k.lower() in c.name.lower()]
            loaded = replace(loaded, tests=loaded.tests.model_copy(update={"cases": cases}))
        results = run_tests(loaded, scorer) if loaded.tests.cases else []
        passed += sum(r.passed for r in results)
        failed += sum(not r.passed for r in results)
        report.append(
            {
                "file": str(path),
                "scenario": loaded.scenario.scenario.id,
                "cases": [_case_json(r) for r in results],
            }
        )
        if not args.json:
            _print_results(out, path, results, verbose=args.verbose)
    if failed:
        worst = max(worst, 1)
    if args.json:
        print(
            json.dumps(
                {
                    "files": report,
                    "passed": passed,
                    "failed": failed,
                    "exit": worst,
                    "notes": [n.to_json() for n in notes],
                    "skipped": [
                        {
                            "file": d.location.file if d.location else "",
                            "code": d.code,
                            "reason": why,
                        }
                        for why, d in skipped
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return worst
    took = time.perf_counter() - started
    colour = "green" if worst == 0 else "red"
    if not files and not report:
        unrun = [n for n in notes if not any(n is d for d in skip_notes)]
        placed = [n for n in unrun if n.location is not None]
        if placed and all(n.code in _NOT_FOUND for n in placed):
            # as `validate` counts them: a path that names nothing did not fail to load
            why = f"{len(placed)} not found"
        elif placed:
            why = "a scenario did not load"
        else:  # a folder with no scenarios says so on its own line (RP001, no location)
            why = "no scenario files found" if unrun else "no golden tests found"
        out.line(
            f"== no tests ran: {why}{_skipped_text(skipped)} ==",
            "red" if worst == 2 else "yellow",
        )
        return worst
    if unloaded and not passed and not failed:
        out.line(
            "== no tests ran: a tests file or its scenario did not load"
            f"{_skipped_text(skipped)} ==",
            "red",
        )
        return worst
    if args.k and not passed and not failed and not unloaded:
        out.line(
            f"== no tests ran: no case name contains {args.k!r}{_skipped_text(skipped)} ==",
            "yellow",
        )
        return worst
    broken = f", {unloaded} not run (did not load)" if unloaded else ""
    out.line(
        f"== {passed} passed, {failed} failed{broken}{_skipped_text(skipped)} in {took:.2f}s ==",
        colour,
    )
    return worst


def _case_json(r: CaseResult) -> dict[str, object]:
    return {
        "name": r.name,
        "passed": r.passed,
        "failures": r.failures,
        "path": r.path,
        "outcome": r.outcome,
        "trace": r.trace,
    }


def _print_results(out: Printer, path: Path, results: list[CaseResult], *, verbose: bool) -> None:
    for r in results:
        status = "PASSED" if r.passed else "FAILED"
        out.line(f"{path}::{r.name} {status}", "green" if r.passed else "red")
        for failure in r.failures:
            for i, row in enumerate(failure.splitlines()):
                out.line(("    " if i == 0 else "") + row)
        if verbose or not r.passed:
            for row in r.trace:
                out.line("      " + row, "dim")
