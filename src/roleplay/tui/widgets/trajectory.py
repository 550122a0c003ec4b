"""Same side of the table, turn by turn: a three-row dot chart (beside / neutral / across)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from .bars import GOOD, POOR

MAX_SHOWN = 14


def render_trajectory(sides: Sequence[str]) -> Text:
    text = Text("Side of the table\n", style="bold")
    if not sides:
        text.append("no turns yet", style="dim")
        return text
    shown = list(sides)[-MAX_SHOWN:]
    rows = (("beside", GOOD, "●"), ("neutral", "dim", "·"), ("across", POOR, "●"))
    for name, colour, dot in rows:
        text.append(f"{name:<8}", style="dim")
        text.append("".join(dot if side == name else " " for side in shown), style=colour)
        text.append("\n")
    last = shown[-1]
    verdict = {"beside": "now: beside them", "across": "now: across from them"}.get(
        last, "now: neither"
    )
    text.append(verdict, style=GOOD if last == "beside" else POOR if last == "across" else "dim")
    return text


class SideTrajectory(Static):
    def show(self, sides: Sequence[str]) -> None:
        self.update(render_trajectory(sides))

    def on_mount(self) -> None:
        self.show(())
