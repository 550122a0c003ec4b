"""Evidence lines wrapped with a hanging indent: a line too long for its width goes on under its
reason, not under its points (``+12C +11L  engaged with their view before`` / ``           giving
yours “…”``), so the points stay a column of their own at 80 columns as at 200.

The lines are wrapped here, at a known width, into a plain ``Text`` whose every line fits: the
score card stays one ``Text`` (measured without wrapping: ``line_height``), and the debrief's
sections wrap at whatever width they are drawn (:class:`HangingStatic`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

# The points an evidence line starts with (``+22E +3L ``) and the space before its reason.
_POINTS = re.compile(r"(?:[+-]\d+\S* )+ ")
_WORD = re.compile(r"\S+")
MIN_TEXT = 12  # cells left for the reason below which a line is wrapped from its start


def reason_column(line: Text) -> int:
    """The cell where an evidence line's reason starts (0: not an evidence line)."""
    found = _POINTS.match(line.plain)
    return cell_len(found.group()) if found else 0


def breaks(plain: str, width: int) -> list[int]:
    """Where to cut ``plain`` so that no piece is wider than ``width`` cells: before the word
    that does not fit, or inside a word wider than the whole width."""
    cuts: list[int] = []
    start = 0
    for word in _WORD.finditer(plain):
        if word.start() > start and cell_len(plain[start : word.end()]) > width:
            cuts.append(word.start())
            start = word.start()
        while cell_len(plain[start : word.end()]) > width:
            end = start + 1
            while end < word.end() and cell_len(plain[start : end + 1]) <= width:
                end += 1
            cuts.append(end)
            start = end
    return cuts


def hang(line: Text, width: int, indent: int | None = None) -> Text:
    """``line`` cut to ``width`` cells, each further row indented by ``indent`` (by default
    the line's reason column): one ``Text`` of several lines. A line that fits is kept."""
    at = reason_column(line) if indent is None else indent
    if line.cell_len <= width or width < 1:
        return line
    if width - at < MIN_TEXT:
        at = 0
    head, body = line[:at], line[at:]
    rows = body.divide(breaks(body.plain, width - at))
    out = Text()
    out.append_text(head)
    for n, row in enumerate(rows):
        row.rstrip()
        if n:
            out.append("\n" + " " * at)
        out.append_text(row)
    return out


def hang_lines(lines: Iterable[tuple[Text, int | None]], width: int) -> Text:
    """Several lines, each hung at ``width`` by its indent (``None``: left to wrap from its
    start, as text does)."""
    return Text("\n").join(line if at is None else hang(line, width, at) for line, at in lines)


Lines = list[tuple[Text, int | None]]


LinesAt = Callable[[int], Lines]  # the lines to draw at a width (a wide section shows more)


class HangingStatic(Static):
    """A ``Static`` of ``(text, indent)`` lines drawn at the width it is measured at, each row
    after the first of a line indented by ``indent`` cells (``None``: the line wraps from its
    start); the lines are made for that width (``lines(width)``), and a new width draws them
    again."""

    def __init__(self, lines: LinesAt, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lines = lines

    _width = 80  # the content width the widget was last measured at

    def set_lines(self, lines: LinesAt) -> None:
        self.lines = lines
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._width = width or self._width
        return super().get_content_height(container, viewport, width)

    def render(self) -> Text:
        return hang_lines(self.lines(self._width), self._width)
