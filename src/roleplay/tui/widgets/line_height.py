"""The height of a text that needs no wrapping, without wrapping it.

Textual measures a new widget's height by wrapping its text (a copy without styles) and then
wraps it again to draw it; for a score card that is about a thousand Python calls in the frame
that shows it. When no line of the text is wider than the width, each line is one row, which
is the height Textual's wrapping gives; anything else (a wider line, a tab, padded lines) is
left to Textual.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import StylesBase
from textual.visual import Visual


def unwrapped_height(visual: Visual, styles: StylesBase, width: int) -> int | None:
    """Rows of ``visual`` at ``width`` when none of its lines wraps, else ``None``."""
    if not isinstance(visual, Content) or styles.line_pad:
        return None
    return unwrapped_rows(visual.plain, width)


def unwrapped_rows(plain: str, width: int) -> int | None:
    """Rows of the text ``plain`` at ``width`` when none of its lines wraps, else ``None``."""
    lines = plain.split("\n")
    for line in lines:
        if "\t" in line or cell_len(line) > width:
            return None
    return len(lines)
