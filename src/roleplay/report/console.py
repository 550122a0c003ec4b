"""Printing for the command line: colour only on a terminal and never under NO_COLOR.

Every line goes through the one sanitiser (:func:`roleplay.sanitise.visible`), so text from a
scenario file, a reply or an error message can never send raw control or bidi characters to the
terminal, whichever command prints it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Any, TextIO

from roleplay.sanitise import json_text, visible

_CODES = {"red": "31", "green": "32", "yellow": "33", "dim": "2", "bold": "1", "cyan": "36"}


def colour_enabled(stream: TextIO) -> bool:
    if "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != "":
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@dataclass
class Printer:
    stream: TextIO
    colour: bool

    @classmethod
    def for_stream(cls, stream: TextIO) -> Printer:
        return cls(stream, colour_enabled(stream))

    def paint(self, text: str, style: str) -> str:
        if not self.colour or style not in _CODES:
            return text
        return f"\x1b[{_CODES[style]}m{text}\x1b[0m"

    def line(self, text: str = "", style: str | None = None) -> None:
        """Print ``text`` made visible (scenario and user text can never drive the terminal),
        coloured by ``style`` when colour is on."""
        shown = visible(text)
        self.stream.write((self.paint(shown, style) if style else shown) + "\n")
        self.stream.flush()

    def parts(self, *parts: tuple[str, str | None]) -> None:
        """One line of several ``(text, style)`` parts, each made visible, then painted: a
        style never reaches the sanitiser as text (it would be shown as ``\\x1b[32m``)."""
        shown = ((visible(text), style) for text, style in parts)
        line = "".join(self.paint(text, style) if style else text for text, style in shown)
        self.stream.write(line + "\n")
        self.stream.flush()

    def error(self, text: str) -> None:
        """One ``error:`` line per line of ``text``, control characters made visible."""
        for row in visible(text).split("\n"):
            self.stream.write(self.paint("error: ", "red") + row + "\n")
        self.stream.flush()

    def json(self, obj: Any) -> None:
        self.stream.write(json_text(obj) + "\n")
        self.stream.flush()


def stdout() -> Printer:
    return Printer.for_stream(sys.stdout)


# The name front ends use for the one sanitiser (see :mod:`roleplay.sanitise`).
safe_text = visible
