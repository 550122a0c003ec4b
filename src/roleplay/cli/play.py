"""``roleplay play``: run a scenario in the TUI, or line by line with ``--plain``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.engine.rules import new_seed

from .common import compiled, reconfigure_stdin, seed_value, stdin_is_terminal

if TYPE_CHECKING:  # bare `roleplay` (open_picker) runs without argparse
    import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "play",
        help="play a scenario (a shipped id such as budget_pushback, or a path to a YAML file)",
        description="Play a scenario. Opens the TUI on a terminal; use --plain for line mode "
        "(also chosen automatically when stdin is not a terminal).",
    )
    p.add_argument("scenario", help="shipped scenario id or path to a .yaml file")
    p.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    p.add_argument("--json", action="store_true", help="with --plain: one JSON object per line")
    p.add_argument(
        "--mode",
        choices=["coach", "exam"],
        default="coach",
        help="coach: scores after each turn (default); exam: scores only at the end",
    )
    p.add_argument(
        "--seed", type=seed_value, default=None, help="seed for the counterpart's line variants"
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help="reload the file when it changes (line mode; same as `roleplay dev`)",
    )
    p.set_defaults(func=run_play)


def run_play(args: argparse.Namespace) -> int:
    if args.watch:
        from .authoring import run_watch

        return run_watch(args.scenario, new_seed(args.seed), json_mode=args.json)
    comp = compiled(args.scenario)
    seed = new_seed(args.seed)
    plain = args.plain or args.json or not stdin_is_terminal()
    if not plain:
        from .tui_storage import launch_with_storage

        return launch_with_storage(comp, mode=args.mode, seed=seed)
    reconfigure_stdin()
    from .autosave import play_plain

    return play_plain(comp, seed, json_mode=args.json, mode=args.mode, terminal=None)


def open_picker() -> int:
    """`roleplay` with no command: the scenario picker in the TUI."""
    if not stdin_is_terminal():
        import sys

        from roleplay.errors import RoleplayError
        from roleplay.report.console import Printer

        from .autosave import mention_unfinished

        hint = "try `roleplay list` or `roleplay play ID --plain`"
        error = RoleplayError("RP007", "the scenario picker needs a terminal", hint=hint)
        Printer.for_stream(sys.stderr).error(error.format())
        mention_unfinished()
        return error.exit_code
    from .tui_storage import launch_with_storage

    return launch_with_storage(None, mode="coach", seed=None)
