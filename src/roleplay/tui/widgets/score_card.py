"""The compact per-turn score card: four bars and the evidence behind them.

Evidence is merged per reason (``paraphrased`` three times is one line with three quotes and
the points added up) and ranked by how many points it moved; a card shows the top
:data:`TOP_EVIDENCE` lines and a "more" line until it is expanded (the ``evidence`` key, or a
click). The four bars always take two lines (shorter bars under :data:`WIDE_CARD` cells), so
at 80x24 a card stays short enough to be seen whole beside the counterpart's next line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.reactive import reactive
from textual.visual import Visual, visualize
from textual.widgets import Static

from roleplay.engine import TurnResult
from roleplay.quotes import CLOSE, OPEN, reason_parts, split_quote
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.types import Evidence

from ..highlight import phrase
from ..literal import literal
from .bars import GOOD, POOR, labelled_bar
from .hanging import hang
from .line_height import unwrapped_height

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
SHORT = {"listening": "L", "empathy": "E", "collaboration": "C"}
TOP_EVIDENCE = 3  # evidence lines shown before "more"
WIDE_CARD = 50  # content cells from which the bars are 7 cells long (else 4)
# A quote of the learner's words is cut after this many characters ("…"); a card wider than
# twice that shows up to half its width (at 200 columns a 40-character cut hid which words)
QUOTE_CELLS = 40
BAR_GAP = 2  # cells between the two columns of bars


@dataclass(frozen=True)
class EvidenceGroup:
    """Every evidence item with one reason: points added up per dimension, quotes in order."""

    reason: str
    points: tuple[tuple[str, int], ...]  # (dimension, points) in first-seen order
    items: tuple[Evidence, ...]

    @property
    def weight(self) -> int:
        return sum(abs(p) for _, p in self.points)


def split_reason(reason: str) -> tuple[str, str | None]:
    """``paraphrased "Friday"`` -> (``paraphrased``, ``Friday``); a reason without a quote at
    its end -> (reason, None). Reasons differing only by their quote are one reason. The same
    reading as plain mode and the exports (roleplay.quotes), words with quotes in them too."""
    return split_quote(reason)


def group_evidence(evidence: Iterable[Evidence]) -> list[EvidenceGroup]:
    """One group per reason, the ones that moved the score most first (ties: first seen)."""
    items: dict[str, list[Evidence]] = {}
    for ev in evidence:
        items.setdefault(split_reason(ev.reason)[0], []).append(ev)
    groups = []
    for reason, evs in items.items():
        points: dict[str, int] = {}
        for ev in evs:
            points[ev.dimension] = points.get(ev.dimension, 0) + ev.points
        groups.append(EvidenceGroup(reason, tuple(points.items()), tuple(evs)))
    return sorted(groups, key=lambda g: -g.weight)


def evidence_line(reply: str, group: EvidenceGroup, quote_cells: int = QUOTE_CELLS) -> Text:
    """``+19E +6C  showed you understood ("I hear you")``: one line per reason, each quote once."""
    line = Text()
    for dimension, points in group.points:
        line.append(f"{points:+d}", style=GOOD if points >= 0 else POOR)
        line.append(f"{SHORT.get(dimension, dimension)} ", style="dim")
    line.append(" ")
    base, said, note = reason_parts(group.items[0].reason) if group.items else ("", None, "")
    if said is None or base + note != group.reason:
        base, note = group.reason, ""
    line.append_text(literal(base))
    quotes: list[str] = []
    for ev in group.items:
        words = split_reason(ev.reason)[1] or phrase(reply, ev, limit=10_000)
        if not words or words.lower() in group.reason.lower():
            continue
        if words.lower() not in (q.lower() for q in quotes):
            quotes.append(words)
    for n, words in enumerate(quotes):
        line.append(f" {OPEN}" if n == 0 else f", {OPEN}", style="dim")
        line.append_text(literal(_short(words, quote_cells), "bold underline"))
        line.append(CLOSE, style="dim")
    if note:
        line.append_text(literal(note, "dim"))
    return line


def _short(words: str, limit: int = QUOTE_CELLS) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


def evidence_lines(
    reply: str,
    evidence: Iterable[Evidence],
    *,
    expanded: bool,
    more_key: str,
    quote_cells: int = QUOTE_CELLS,
) -> list[Text]:
    """The evidence as lines: the top ones, then "… N more" unless ``expanded``."""
    groups = group_evidence(evidence)
    shown = groups if expanded else groups[:TOP_EVIDENCE]
    lines = [evidence_line(reply, g, quote_cells) for g in shown]
    hidden = len(groups) - len(shown)
    if hidden:
        lines.append(Text(f"… {hidden} more ({more_key} shows all)", style="dim italic"))
    elif expanded and len(groups) > TOP_EVIDENCE:
        lines.append(Text(f"({more_key} shows the top {TOP_EVIDENCE})", style="dim italic"))
    return lines


def render_card(
    result: TurnResult,
    heard: str | None = None,
    *,
    width: int = 80,
    expanded: bool = False,
    more_key: str = "F8",
) -> RenderableType:
    """The card's lines. Where the bars are plain lines the card is one ``Text`` (Textual draws
    and measures it natively, without a pass through Rich's console, which costs a frame)."""
    score = result.score
    head = Text(f"Turn {result.turn}", style="bold")
    if not score.scored:
        return Text("\n").join([head, Text(unscored_message(score.reason), style=POOR)])
    side = SIDE_TEXT.get(score.same_side, "")
    if side:
        head.append(f" · {side}", style=GOOD if score.same_side == "beside" else POOR)
    bar_width = 7 if width >= WIDE_CARD else 4
    rows = [
        (
            labelled_bar(LABELS[left], score.dimension(left), label_width=16, width=bar_width),
            labelled_bar(LABELS[right], score.dimension(right), label_width=10, width=bar_width),
        )
        for left, right in (("listening", "empathy"), ("collaboration", "overall"))
    ]
    lines = evidence_lines(
        result.reply,
        score.evidence,
        expanded=expanded,
        more_key=more_key,
        quote_cells=max(QUOTE_CELLS, width // 2),  # a wide card shows more of each quote
    )
    lines = [hang(line, width) for line in lines]  # a long one goes on under its reason
    if not lines:
        lines.append(Text("No evidence either way: a neutral reply.", style="dim"))
    if heard:
        lines.append(literal(heard, "italic"))
    bars = _bars(rows, width)
    if isinstance(bars, Text):
        return Text("\n").join([head, bars, *lines])
    return Group(head, bars, *lines)


def _bars(rows: list[tuple[Text, Text]], width: int) -> RenderableType:
    """Two columns of bars. The cells have fixed widths, so where they fit the rows are plain
    lines (cheap to render and measure for every card in a long chat); a card narrower than
    them is a grid that shortens each column with an ellipsis."""
    left_width = max(cell.cell_len for cell, _ in rows)
    if left_width + BAR_GAP + max(cell.cell_len for _, cell in rows) <= width:
        lines = []
        for left, right in rows:
            line = Text()  # a plain gap, as the grid's padding
            line.append_text(left)
            line.append(" " * (left_width - left.cell_len + BAR_GAP))
            line.append_text(right)
            lines.append(line)
        return Text("\n").join(lines)
    grid = Table.grid(padding=(0, BAR_GAP))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    for left, right in rows:
        grid.add_row(left, right)
    return grid


class ScoreCard(Static):
    """One turn's scores; created after the reply was scored (coach mode, or in the debrief).

    ``expanded`` shows every evidence line; a click toggles it.
    """

    DEFAULT_CLASSES = "score-card"
    expanded: reactive[bool] = reactive(False)

    def __init__(
        self,
        result: TurnResult,
        heard: str | None = None,
        *,
        more_key: str = "F8",
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.result = result
        self.heard = heard
        self.more_key = more_key

    _width = 80  # the content width the card was last measured at (see get_content_height)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The card is drawn for the width it is measured at, so its height is the one it shows
        # (asking ``content_size`` in render() instead would make the compositor arrange every
        # widget of the screen again for a card not yet placed).
        self._width = width or self._width
        rows = unwrapped_height(self._render(), self.styles, width) if width else None
        return rows if rows is not None else super().get_content_height(container, viewport, width)

    _drawn: tuple[tuple[int, bool], Visual] | None = None  # the card as last drawn, and its key

    def render(self) -> Visual:
        # Textual drops a widget's drawn content on every layout of the screen (the card is
        # measured in one step and painted after it), so the card keeps what it drew for its
        # width and state: the evidence is grouped and the text converted once, not per layout.
        key = (self._width, self.expanded)
        if self._drawn is None or self._drawn[0] != key:
            card = render_card(
                self.result,
                self.heard,
                width=self._width,
                expanded=self.expanded,
                more_key=self.more_key,
            )
            self._drawn = (key, visualize(self, card))
        return self._drawn[1]

    def watch_expanded(self) -> None:
        self.refresh(layout=True)

    # No relayout on resize: a new size already re-renders the card (the bars follow the
    # width), and its height does not depend on the bars, so a mounted card costs one layout.

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.expanded = not self.expanded

    def let_go(self) -> None:
        """Scrolled far out of view (ChatLog): forget the kept drawing; drawn again if shown."""
        self._drawn = None
