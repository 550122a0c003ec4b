"""The command line's parser: argparse, with its mistakes reported as every other expected error
is - one coded line (RP009) on stderr, exit code 2 - instead of a usage block and a second line."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from roleplay.report.console import Printer

BAD_COMMAND_LINE = "RP009"


class CommandLineParser(argparse.ArgumentParser):
    """Sub-command parsers are made of this class too (argparse uses the parent's class)."""

    def error(self, message: str) -> NoReturn:
        usage = " ".join(self.format_usage().split())  # "usage: roleplay play [-h] ... scenario"
        Printer.for_stream(sys.stderr).error(
            f"{BAD_COMMAND_LINE} {self.prog}: {message} ({usage}; `{self.prog} --help` explains)"
        )
        raise SystemExit(2)
