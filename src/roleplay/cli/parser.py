"""The command line's parser: argparse, with its mistakes reported as every other expected error
is - one coded line (RP009) on stderr, exit code 2 - instead of a usage block and a second line."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from typing import TYPE_CHECKING, NoReturn

from roleplay.report.console import Printer

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

BAD_COMMAND_LINE = "RP009"

# Words a newcomer types for a command that has another name here.
COMMAND_SYNONYMS = {
    "check": "validate",
    "tests": "test",
    "run": "play",
    "start": "play",
    "draw": "graph",
    "diagram": "graph",
    "init": "new",
    "create": "new",
    "watch": "dev",
    "match": "intents",
}
# The top-level commands (filled by build_parser): a sub-command's choice that is one of them
# is suggested as that command (`roleplay workshop board` -> `roleplay board`).
TOP_LEVEL: set[str] = set()
_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<given>[^']*)' \(choose from (?P<choices>.*)\)")


def suggestion(message: str, prog: str = "roleplay") -> str | None:
    """'did you mean ...?' for argparse's "invalid choice" message, when one choice is close to
    what was typed (`valdate`) or is the name here of a word used elsewhere (`lint`); under a
    command (``prog`` `roleplay workshop`), a word that is a command of its own (`board`)."""
    found = _INVALID_CHOICE.search(message)
    if found is None:
        return None
    given = found["given"]
    choices = re.findall(r"'([^']*)'", found["choices"])
    if prog != "roleplay" and given in TOP_LEVEL and given not in choices:
        return f"did you mean `roleplay {given}`? ('{given}' is a command of its own)"
    synonym = COMMAND_SYNONYMS.get(given.lower())
    if synonym in choices:
        return f"did you mean '{synonym}'?"
    close = difflib.get_close_matches(given.lower(), choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def missing_path(prog: str, message: str) -> str | None:
    """The hint when `validate` or `test` is given no PATH: they check only what they are
    named, so say how to name this folder (neither falls back to the shipped library)."""
    if "arguments are required: PATH" not in message:
        return None
    return f"name a scenario file or a folder: `{prog} .` for this folder;"


class CommandLineParser(argparse.ArgumentParser):
    """Sub-command parsers are made of this class too (argparse uses the parent's class)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """argparse drops a write that fails: `roleplay --version > /dev/full` printed nothing
        and exited 0. A failed write to standard output raises here, and the command line's
        handler makes it the one RP010 line any other command's output gives; on standard
        error there is nowhere left to report it, so it is dropped as argparse does."""
        out = file or sys.stderr
        if not message or out is sys.stderr:
            super()._print_message(message, file)
            return
        out.write(message)

    def error(self, message: str) -> NoReturn:
        usage = " ".join(self.format_usage().split())  # "usage: roleplay play [-h] ... scenario"
        guess = suggestion(message, self.prog) or missing_path(self.prog, message)
        hint = f"{guess} {usage}" if guess else usage
        Printer.for_stream(sys.stderr).error(
            f"{BAD_COMMAND_LINE} {self.prog}: {message} ({hint}; `{self.prog} --help` explains)"
        )
        raise SystemExit(2)
