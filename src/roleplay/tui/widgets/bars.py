"""Text bars for 0-100 scores, shared by the score card and the debrief chart."""

from __future__ import annotations

from rich.text import Text

GOOD, FAIR, POOR = "#2f9e55", "#c98a12", "#d8435c"


def level_style(value: int) -> str:
    if value >= 60:
        return GOOD
    if value >= 40:
        return FAIR
    return POOR


def bar(value: int, width: int = 12, marker: int | None = None) -> Text:
    """``████████░░░░`` for 0-100; ``marker`` (e.g. the pass score) is drawn as ``│``.

    One span per run of cells (a span per cell made every card and meter slow to draw)."""
    value = max(0, min(100, value))
    filled = round(value * width / 100)
    cells = [("█", level_style(value)) if i < filled else ("░", "dim") for i in range(width)]
    if marker is not None:
        cells[min(width - 1, round(marker * width / 100))] = ("│", "bold")
    text = Text()
    start = 0
    for i in range(1, width + 1):
        if i == width or cells[i][1] != cells[start][1]:
            text.append("".join(char for char, _ in cells[start:i]), style=cells[start][1])
            start = i
    return text


def labelled_bar(label: str, value: int, *, label_width: int = 13, width: int = 12) -> Text:
    text = Text(label.ljust(label_width), style="bold")
    text.append_text(bar(value, width))
    text.append(f" {value:>3}", style=level_style(value))
    return text
