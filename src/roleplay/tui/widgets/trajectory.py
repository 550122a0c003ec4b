"""Same side of the table, turn by turn: a three-row dot chart (beside / neutral / across)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from .bars import GOOD, POOR

MAX_SHOWN = 14


UNREAD = "unread"  # a turn the scorer could not read: on no side, drawn "?" in the middle row


def render_trajectory(sides: Sequence[str]) -> Text:
    """``sides`` per turn: "beside", "neutral", "across", or :data:`UNREAD`."""
    text = Text("Side of the table\n", style="bold")
    if not sides:
        text.append("no turns yet", style="dim")
        return text
    shown = list(sides)[-MAX_SHOWN:]
    rows = (("beside", GOOD, "●"), ("neutral", "dim", "·"), ("across", POOR, "●"))
    for name, colour, dot in rows:
        text.append(f"{name:<8}", style="dim")
        marks = (
            dot if side == name else "?" if side == UNREAD and name == "neutral" else " "
            for side in shown
        )
        text.append("".join(marks), style=colour)
        text.append("\n")
    last = shown[-1]
    verdict = {
        "beside": "now: beside them",
        "across": "now: across from them",
        UNREAD: "now: not read (no score)",
    }.get(last, "now: neither")
    text.append(verdict, style=GOOD if last == "beside" else POOR if last == "across" else "dim")
    return text


class SideTrajectory(Static):
    def show(self, sides: Sequence[str]) -> None:
        self.update(render_trajectory(sides))

    def on_mount(self) -> None:
        self.show(())
