"""Printing for the command line: colour only on a terminal and never under NO_COLOR."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from typing import Any, TextIO

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
        self.stream.write((self.paint(text, style) if style else text) + "\n")
        self.stream.flush()

    def error(self, text: str) -> None:
        for row in text.splitlines() or [text]:
            self.line(self.paint("error: ", "red") + row)

    def json(self, obj: Any) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stream.flush()


def stdout() -> Printer:
    return Printer.for_stream(sys.stdout)


def safe_text(text: str) -> str:
    """Text from a user or a scenario, made safe to print: control characters shown as escapes."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 32 or code == 127 or 0x80 <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)
