"""The compact per-turn score card: four bars and the evidence behind them."""

from __future__ import annotations

from collections.abc import Iterable

from rich.columns import Columns
from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from roleplay.engine import TurnResult
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.types import DIMENSIONS, Evidence

from ..highlight import phrase
from ..literal import literal
from .bars import GOOD, POOR, labelled_bar

LABELS = {
    "listening": "L Listening",
    "empathy": "E Empathy",
    "collaboration": "C Collaboration",
    "overall": "  Overall",
}
SIDE_TEXT = {
    "beside": "beside them at the table",
    "across": "across the table",
    "neutral": "",
}


def render_card(result: TurnResult, heard: str | None = None) -> Group:
    score = result.score
    head = Text(f"Turn {result.turn}", style="bold")
    if not score.scored:
        return Group(head, Text(unscored_message(score.reason), style=POOR))
    side = SIDE_TEXT.get(score.same_side, "")
    if side:
        head.append(f" · {side}", style=GOOD if score.same_side == "beside" else POOR)
    names = [*DIMENSIONS, "overall"]
    cells = [
        labelled_bar(LABELS[n], score.dimension(n), label_width=16, width=7) for n in names
    ]
    grid = Columns(cells, padding=(0, 2))
    lines = [evidence_line(result.reply, group) for group in group_evidence(score.evidence)]
    if not lines:
        lines.append(Text("No evidence either way: a neutral reply.", style="dim"))
    if heard:
        lines.append(literal(heard, "italic"))
    return Group(head, grid, *lines)


SHORT = {"listening": "L", "empathy": "E", "collaboration": "C"}


def group_evidence(evidence: Iterable[Evidence]) -> list[list[Evidence]]:
    """Evidence items with the same reason and span, kept together in first-seen order."""
    groups: dict[tuple[str, tuple[int, int] | None], list[Evidence]] = {}
    for ev in evidence:
        groups.setdefault((ev.reason, ev.span), []).append(ev)
    return list(groups.values())


def evidence_line(reply: str, group: list[Evidence]) -> Text:
    """``+19 E +6 C  showed you understood ("I hear you")``; one line per reason."""
    line = Text()
    for ev in group:
        line.append(f"{ev.points:+d}", style=GOOD if ev.points >= 0 else POOR)
        line.append(f"{SHORT.get(ev.dimension, ev.dimension)} ", style="dim")
    line.append(" ")
    reason = group[0].reason
    line.append_text(literal(reason))
    words = phrase(reply, group[0])
    if words and words.lower() not in reason.lower():
        line.append(" “", style="dim")
        line.append_text(literal(words, "bold underline"))
        line.append("”", style="dim")
    return line


class ScoreCard(Static):
    """One turn's scores; created after the reply was scored (coach mode, or in the debrief)."""

    DEFAULT_CLASSES = "score-card"

    def __init__(self, result: TurnResult, heard: str | None = None, **kwargs: object) -> None:
        super().__init__(render_card(result, heard), **kwargs)  # type: ignore[arg-type]
        self.result = result
        self.heard = heard
