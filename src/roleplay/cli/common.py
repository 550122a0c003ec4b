"""Small pieces shared by the sub-commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model and the state machine load when a command uses them
    from roleplay.engine import CompiledScenario
    from roleplay.errors import Diagnostic
    from roleplay.scenario import LoadedScenario


def load_scenario(name: str) -> LoadedScenario:
    """A shipped id or a path -> loaded scenario; raises ScenarioError/RoleplayError (exit 2)."""
    from roleplay.scenario import load_file
    from roleplay.scenario.library import resolve

    return load_file(resolve(name))


def compiled(name: str) -> CompiledScenario:
    """The scenario to play: from the play cache while its file is unchanged (no pydantic); a
    kept copy that fails its checks is said on stderr in one line (RP012) and not used."""
    from roleplay.engine import compile_scenario
    from roleplay.scenario import play_cache
    from roleplay.scenario.library import resolve

    return compile_scenario(play_cache.load(resolve(name), notice=warn))


def warn(diagnostic: Diagnostic) -> None:
    """A coded warning on stderr, one line (yellow on a terminal)."""
    from roleplay.report.console import Printer

    Printer.for_stream(sys.stderr).line(diagnostic.format(), "yellow")


# Why a folder's entry was skipped, in a few words, by the code of the line that said so at
# length: `validate FOLDER` and `test FOLDER` name each skipped file with it.
SKIPPED_BECAUSE = {
    "RP001": "a link to nothing",
    "RP002": "cannot be read",
    "RP011": "a link out of the folder",
    "RP414": "a .yml file",
}


def skipped_because(diagnostic: Diagnostic) -> str:
    """Why a folder's entry was skipped, from the line that said so: by its code (the code when
    unknown), or, for a link to a pipe, device or socket (RP002), that."""
    from roleplay.scenario.library import LINK_TO_SPECIAL, NOT_A_FILE

    if diagnostic.code == "RP002" and diagnostic.message.endswith(NOT_A_FILE):
        return LINK_TO_SPECIAL
    return SKIPPED_BECAUSE.get(diagnostic.code, diagnostic.code)


STDOUT = "-"  # `-o -`: standard output, the Unix convention (a file named - is `-o ./-`)
OUTPUT_HELP = "write to FILE instead of standard output (- is standard output)"


def output_path(raw: str | None) -> Path | None:
    """``-o FILE`` as the path to write, or None for standard output (no ``-o``, or ``-o -``)."""
    return None if raw is None or raw == STDOUT else Path(raw)


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty() and os.environ.get("ROLEPLAY_FORCE_PLAIN") is None


def reconfigure_stdin() -> None:
    """Undecodable bytes on stdin become U+FFFD instead of crashing the session."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    # once is enough, and a second time after a line was read (a question asked first) raises
    if reconfigure is not None and getattr(sys.stdin, "errors", None) != "replace":
        reconfigure(errors="replace")


def at_least_one(text: str) -> int:
    """An argparse type for counts such as ``--limit``: a whole number, 1 or more."""
    import argparse  # loaded already: argparse is what calls this (bare `roleplay` does not)

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small (give 1 or more)")
    return value


MAX_SEED = 2**63 - 1  # what SQLite stores as an integer: a session saves its seed


def seed_value(text: str) -> int:
    """An argparse type for ``--seed``: a whole number that fits SQLite's 64-bit integers."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not -MAX_SEED - 1 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"{value} is out of range (give -2**63 to 2**63 - 1)")
    return value
