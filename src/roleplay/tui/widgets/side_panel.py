"""The side panel: who you talk to, their visible mood, the same-side trajectory and the hint."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from roleplay.engine import Session
from roleplay.engine.mood import Mood, mood

from ..literal import literal
from .bars import GOOD, POOR, bar
from .line_height import unwrapped_rows
from .trajectory import UNREAD, SideTrajectory, render_trajectory

TREND = {"up": ("▲ warming", GOOD), "down": ("▼ cooling", POOR), "steady": ("", "")}


def render_mood(name: str, m: Mood) -> Text:
    text = literal(f"{name}'s mood\n", "bold")
    text.append(m.label.upper(), style=f"bold {_mood_colour(m)}")
    text.append(f"  {m.description}")
    label, style = TREND[m.trend]
    if label:
        text.append(f"\n{label}", style=style)
    if m.level is not None:
        text.append("\n")
        text.append_text(bar(m.level, width=16))
    return text


def _mood_colour(m: Mood) -> str:
    return {
        "warm": "#2f9e55",
        "open": "#3b8fd9",
        "guarded": "#c98a12",
        "tense": "#e0662f",
        "hostile": "#d8435c",
    }.get(m.label, "")


class SidePanel(VerticalScroll, can_focus=False):
    def __init__(self, session: Session, *, exam: bool, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.session = session
        self.exam = exam
        self._shown: dict[str, Text] = {}

    def compose(self) -> ComposeResult:
        sc = self.session.scenario
        who = literal(sc.counterpart.name, "bold")
        who.append("\n")
        who.append_text(literal(sc.counterpart.role, "dim"))
        who.append("\nYou: ", style="dim")
        who.append_text(literal(sc.learner.role))
        yield Static(who, id="who")
        yield Static(id="mood")
        yield SideTrajectory(id="trajectory")
        yield Static(id="hint")

    def on_mount(self) -> None:
        self.refresh_from_session()

    def refresh_from_session(self) -> None:
        """Show the session's mood and trajectory; a part that did not change is left as it is
        (redrawing it would cost the frame that shows a new score card)."""
        s = self.session
        previous = s.turns[-1].meters_before if s.turns else None
        self._update("#mood", render_mood(s.scenario.counterpart.name, mood(s.meters, previous)))
        if self.exam:
            self._update(
                "#trajectory", Text("Side of the table\nshown at the end (exam)", style="dim")
            )
        else:
            sides = [t.score.same_side if t.score.scored else UNREAD for t in s.turns]
            self._update("#trajectory", render_trajectory(sides))

    def _update(self, selector: str, text: Text) -> None:
        shown = self._shown.get(selector)
        if shown == text:
            return
        self._shown[selector] = text
        widget = self.query_one(selector, Static)
        # A text as many rows high as the one it replaces (no line wraps in either) is only
        # redrawn: asking for a layout would arrange the whole screen again for it.
        width = widget.content_region.width
        rows = unwrapped_rows(text.plain, width) if width and not widget.styles.line_pad else None
        same = shown is not None and rows is not None and rows == unwrapped_rows(shown.plain, width)
        widget.update(text, layout=not same)

    def show_hint(self, hint: str | None) -> None:
        widget = self.query_one("#hint", Static)
        if hint is None:
            if not widget.has_class("shown"):
                return  # already hidden
            widget.update("")
            widget.remove_class("shown")
            return
        text = Text("Hint\n", style="bold")
        text.append_text(literal(hint))
        widget.update(text)
        widget.add_class("shown")
        self.call_after_refresh(widget.scroll_visible, animate=False)
