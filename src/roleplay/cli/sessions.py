"""``roleplay history``, ``stats``, ``resume`` and ``export``: the saved sessions."""

from __future__ import annotations

import argparse
import sys

from roleplay.report.console import Printer, safe_text
from roleplay.sanitise import json_text
from roleplay.scenario.library import scenario_files
from roleplay.storage import SessionStore
from roleplay.storage.resume_plan import Choice, ago, plan_resume

from .autosave import Terminal, resume_plain
from .common import at_least_one, reconfigure_stdin, stdin_is_terminal


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    h = sub.add_parser("history", help="list your saved sessions, newest first")
    h.add_argument(
        "--json", action="store_true", help="one JSON array (shape in `roleplay docs storage`)"
    )
    h.add_argument("--scenario", metavar="ID", help="only sessions of this scenario")
    h.add_argument(
        "--limit", type=at_least_one, default=None, metavar="N", help="at most N sessions"
    )
    h.set_defaults(func=run_history)

    s = sub.add_parser("stats", help="progress per scenario and per dimension, as plain text")
    s.add_argument("--json", action="store_true", help="the same numbers as JSON")
    s.set_defaults(func=run_stats)

    r = sub.add_parser(
        "resume",
        help="continue an unfinished session (the latest one if no number is given)",
        description="Continue a saved session exactly where it stopped: same state, meters and "
        "transcript. If the scenario file changed since, choose --saved or --restart.",
    )
    r.add_argument("session", nargs="?", type=int, metavar="SESSION", help="session number")
    r.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    r.add_argument("--json", action="store_true", help="with --plain: one JSON object per line")
    group = r.add_mutually_exclusive_group()
    group.add_argument("--saved", action="store_true", help="continue on the saved scenario")
    group.add_argument("--restart", action="store_true", help="start again on the changed file")
    r.set_defaults(func=run_resume)

    from .export import register_export

    register_export(sub)


def run_history(args: argparse.Namespace) -> int:
    with SessionStore.open_for_reading() as store:
        records = store.sessions(limit=args.limit, scenario_id=args.scenario)
    if args.json:
        print(json_text([r.to_json() for r in records], indent=2))
        return 0
    out = Printer.for_stream(sys.stdout)
    if not records:
        scenario = args.scenario or "budget_pushback"
        some = f"of '{safe_text(args.scenario)}' " if args.scenario else ""
        if any(p.stem == scenario for p in scenario_files()):
            out.line(f"No sessions {some}yet. `roleplay play {safe_text(scenario)}` starts one.")
        else:  # not a shipped id: `roleplay play` would only say RP005
            out.line(f"No sessions {some}yet. `roleplay list` shows the scenarios.")
        return 0
    out.line(f"{'#':>5}  {'started':<16}  {'scenario':<24} {'turns':>5}  {'overall':>7}  outcome")
    for r in records:
        overall = "-" if r.overall is None else str(r.overall)
        outcome = r.status
        if r.passed:
            outcome += " (passed)"
        out.line(
            f"{r.id:>5}  {_local(r.started_at):<16}  {safe_text(r.scenario_id)[:24]:<24}"
            f" {r.turn_count:>5}  {overall:>7}  {outcome}"
        )
    return 0


def _local(stamp: str) -> str:
    from roleplay.storage.encoding import parse_timestamp

    return parse_timestamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


def run_stats(args: argparse.Namespace) -> int:
    with SessionStore.open_for_reading() as store:
        summaries = store.scenario_summaries()
        points = store.progress()
    dims = ("listening", "empathy", "collaboration")
    first = points[: max(1, len(points) // 2)]
    last = points[len(points) // 2 :] if len(points) > 1 else points

    def mean(part: list[object], dim: str) -> int | None:
        values = [float(getattr(p, dim)) for p in part]
        return round(sum(values) / len(values)) if values else None

    if args.json:
        doc = {
            "scenarios": [s.__dict__ for s in summaries],
            "sessions_with_turns": len(points),
            "dimensions": {
                d: {"first_half": mean(list(first), d), "second_half": mean(list(last), d)}
                for d in dims
            },
        }
        print(json_text(doc, indent=2))
        return 0
    out = Printer.for_stream(sys.stdout)
    if not summaries:
        out.line("No sessions yet. `roleplay play budget_pushback` starts one.")
        return 0
    out.line(
        f"{'scenario':<26} {'played':>6} {'ended':>5} {'passed':>6} {'best':>4} {'last':>4}"
        "  last played"
    )
    for s in summaries:
        best = "-" if s.best_overall is None else str(s.best_overall)
        last_score = "-" if s.last_overall is None else str(s.last_overall)
        out.line(
            f"{safe_text(s.scenario_id)[:26]:<26} {s.sessions:>6} {s.finished:>5} {s.passed:>6}"
            f" {best:>4} {last_score:>4}  {ago(s.last_played)}"
        )
    if points:
        out.line()
        out.line(
            f"Progress over {len(points)} session(s) (mean score, earlier half -> later half):"
        )
        for d in dims:
            a, b = mean(list(first), d), mean(list(last), d)
            trend = "" if a is None or b is None else f"{b - a:+d}"
            out.line(f"  {d:<14} {a} -> {b}  {trend}")
    return 0


def run_resume(args: argparse.Namespace) -> int:
    choice: Choice | None = "saved" if args.saved else "restart" if args.restart else None
    plain = args.plain or args.json or not stdin_is_terminal()
    if not plain:
        from .tui_storage import launch_with_storage

        return launch_with_storage(None, resume=True, session_id=args.session, choice=choice)
    reconfigure_stdin()
    terminal = Terminal.current(bool(args.json))
    with SessionStore.open() as store:
        plan = plan_resume(store, session_id=args.session, required=True, choice=choice)
        return resume_plain(plan, json_mode=bool(args.json), terminal=terminal)
