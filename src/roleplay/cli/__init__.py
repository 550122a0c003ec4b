"""The ``roleplay`` command: parses arguments and hands over to the core or a front end.

Each sub-command lives in its own module listed in COMMAND_MODULES; a module exposes
``register(subparsers)`` and sets ``func(args) -> int`` on its parser. Expected errors are
:class:`~roleplay.errors.RoleplayError`: printed as one line each, exit code 2 (or their own).
"""

from __future__ import annotations

import errno
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from roleplay import __version__
from roleplay.errors import RoleplayError
from roleplay.report.console import Printer

if TYPE_CHECKING:  # bare `roleplay` parses nothing: argparse loads only for a command
    import argparse

COMMAND_MODULES = [
    "play",
    "scenarios",
    "authoring",
    "intents",
    "score",
    "sessions",
    "workshop",
    "docs",
]


def build_parser() -> argparse.ArgumentParser:
    from .parser import TOP_LEVEL, CommandLineParser

    parser = CommandLineParser(
        prog="roleplay",
        description=(
            "Practise hard work conversations in the terminal. Each reply is scored for "
            "listening, empathy and collaboration. Run with no command to pick a scenario."
        ),
        epilog="Docs: `roleplay docs` (writing scenarios; also scoring, storage, tui, "
        "workshop). Exit codes: 0 ok, 1 checks failed, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"roleplay {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        # A fixed list of our own modules, not names from user input.
        module = importlib.import_module(f"roleplay.cli.{name}")
        module.register(sub)
    TOP_LEVEL.update(sub.choices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    printer = Printer.for_stream(sys.stderr)
    if sys.stdout is None:  # started with standard output closed (`roleplay list >&-`)
        sys.stdout = _ClosedOutput()
    try:
        try:
            # Bare `roleplay` opens the picker: the sub-commands' modules (which import the
            # scenario model, the engine and storage) and argparse itself are not needed to
            # parse nothing, so they are not loaded.
            args = _parse(argv) if argv else None
        except SystemExit:
            # --version and --help print and exit inside argparse: a full disk under stdout
            # (`roleplay --version > /dev/full`) shows here, not silently at the interpreter's exit
            sys.stdout.flush()
            raise
        if args is None or args.command is None:
            from .play import open_picker

            return open_picker()
        code: int = args.func(args)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's last flush
        return code
    except RoleplayError as exc:
        if exc.diagnostic.location is not None:
            # "file:line:col RPnnn message", as `validate` and `test` print it: an editor's
            # jump-to-error reads the location at the start of the line
            printer.line(exc.format())
        else:
            printer.error(exc.format())
        return exc.exit_code
    except KeyboardInterrupt as stop:  # Ctrl+C; SIGTERM or SIGHUP in line mode name themselves
        printer.error(f"interrupted ({stop.args[0]})" if stop.args else "interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        if exc.errno not in _NO_ROOM:
            raise
        _drop_pending_output()
        printer.error(
            f"RP010 could not write ({exc.strerror}); "
            "the output is incomplete (free some disk space and run it again)"
        )
        return 2


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process started without one: writing to it is one RP010 line."""

    def write(self, text: str) -> int:
        raise RoleplayError(
            "RP010",
            "could not write: standard output is closed",
            hint="run it with standard output open, or send it to a file",
        )


# Errors that only a write can give: the output (`roleplay list > file` on a full disk,
# /dev/full) or a file a command writes without its own message.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def _drop_pending_output() -> None:
    """Point standard output at the null device, so that what is still buffered is not written
    again (and refused again, as an 'Exception ignored' block) when the interpreter exits."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # no real file descriptor (an in-process test's stream)
        pass


def _parse(argv: list[str]) -> argparse.Namespace:
    """The command line, with a command's list of values allowed on both sides of its options
    (``roleplay intents budget_pushback --state opening "reply"``): argparse takes a list
    positional only in one piece, and its intermixed parsing does not work with sub-commands.
    A command names its list in ``set_defaults(trailing=...)``."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        listed = getattr(args, "trailing", None)
        options = [e for e in extra if e.startswith("-")]
        if listed is None or options:
            unknown = " ".join(options or extra)
            _command_parser(parser, argv).error(f"unrecognized arguments: {unknown}")
        getattr(args, listed).extend(extra)
    return args


def _command_parser(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.ArgumentParser:
    """The parser of the (sub-)command `argv` names ("roleplay workshop hotseat"), so that a
    mistake is reported with that command's usage, not the top level's."""
    import argparse

    for word in argv:
        subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subcommands and word in subcommands[0].choices:
            parser = subcommands[0].choices[word]
    return parser


def run() -> None:
    sys.exit(main())
