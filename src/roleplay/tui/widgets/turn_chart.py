"""Per-turn overall scores as a small horizontal bar chart, with the pass score marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from roleplay.scoring.readable import LANGUAGE_NAMES

from .bars import bar, level_style

UNREAD_WORDS = {"empty": "empty", "no_words": "no words", "gibberish": "random keys"}


def unread_words(reason: str) -> str:
    """A few words for why a reply was not read: "in French", "no words", "random keys"."""
    if reason.startswith("language:"):
        code = reason.split(":", 1)[1]
        return f"in {LANGUAGE_NAMES.get(code, code)}"
    return UNREAD_WORDS.get(reason, reason)


SIDE_MARK = {"beside": ("◆", "#2f9e55"), "across": ("◇", "#d8435c"), "neutral": ("·", "dim")}


def render_chart(
    scores: Sequence[int],
    sides: Sequence[str],
    pass_score: int,
    unread: Sequence[str | None] = (),
) -> Text:
    """One bar per turn; a turn the scorer could not read (``unread``: its reason) says so
    instead of drawing a 0 that looks like a terrible reply."""
    text = Text("Overall per turn ", style="bold")
    text.append(f"(│ = pass score {pass_score}; ◆ beside, ◇ across the table)\n", style="dim")
    if not scores:
        text.append("No turns answered.", style="dim")
        return text
    for i, value in enumerate(scores, start=1):
        text.append(f"T{i:<3}", style="dim")
        reason = unread[i - 1] if i - 1 < len(unread) else None
        if reason is not None:
            text.append(f"not scored ({unread_words(reason)}): counts as 0\n", style="yellow")
            continue
        text.append_text(bar(value, width=30, marker=pass_score))
        text.append(f" {value:>3} ", style=level_style(value))
        mark, style = SIDE_MARK.get(sides[i - 1] if i - 1 < len(sides) else "neutral", ("·", ""))
        text.append(mark, style=style)
        text.append("\n")
    text.rstrip()
    return text


class TurnChart(Static):
    def __init__(
        self,
        scores: Sequence[int],
        sides: Sequence[str],
        pass_score: int,
        unread: Sequence[str | None] = (),
    ) -> None:
        super().__init__(render_chart(scores, sides, pass_score, unread), classes="section")
