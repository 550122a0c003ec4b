"""Per-turn overall scores as a small horizontal bar chart, with the pass score marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from .bars import bar, level_style

SIDE_MARK = {"beside": ("◆", "#2f9e55"), "across": ("◇", "#d8435c"), "neutral": ("·", "dim")}


def render_chart(scores: Sequence[int], sides: Sequence[str], pass_score: int) -> Text:
    text = Text("Overall per turn ", style="bold")
    text.append(f"(│ = pass score {pass_score}; ◆ beside, ◇ across the table)\n", style="dim")
    if not scores:
        text.append("No turns answered.", style="dim")
        return text
    for i, value in enumerate(scores, start=1):
        text.append(f"T{i:<3}", style="dim")
        text.append_text(bar(value, width=30, marker=pass_score))
        text.append(f" {value:>3} ", style=level_style(value))
        mark, style = SIDE_MARK.get(sides[i - 1] if i - 1 < len(sides) else "neutral", ("·", ""))
        text.append(mark, style=style)
        text.append("\n")
    text.rstrip()
    return text


class TurnChart(Static):
    def __init__(self, scores: Sequence[int], sides: Sequence[str], pass_score: int) -> None:
        super().__init__(render_chart(scores, sides, pass_score), classes="section")
