"""The board's pieces: the round bar, the participants table rows and the heat map."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from roleplay.report.board_moments import BOARD_TITLE_CHARS, BoardWords, board_title
from roleplay.report.moments import short_line, state_words
from roleplay.storage.workshop import BoardParticipant, BoardSnapshot, StateHeat
from roleplay.storage.workshop.store import Round

from ..literal import literal

HEAT_STYLES = ("on #1f6f3f", "on #5f7f1f", "on #8f7f0f", "on #a0500f", "on #a01f1f")


def heat_style(struggle: float) -> str:
    index = min(len(HEAT_STYLES) - 1, int(struggle * len(HEAT_STYLES)))
    return "bold white " + HEAT_STYLES[index]


def round_text(workshop_name: str, rounds: list[Round], snapshot: BoardSnapshot | None) -> Text:
    text = Text(" ")
    text.append_text(literal(workshop_name, "bold"))
    current = rounds[-1] if rounds else None
    if current is None:
        text.append("  · no round yet (s starts one)", style="dim")
    elif current.open:
        text.append(f"  · round {current.number} open", style="bold green")
    else:
        text.append(f"  · round {current.number} closed", style="yellow")
    if current is not None and current.revealed:
        text.append(" · debrief revealed", style="cyan")
    if snapshot is not None:
        active = sum(1 for p in snapshot.participants if p.active)
        text.append(
            f"  ·  {len(snapshot.participants)} joined, {active} active, "
            f"{_count(snapshot.sessions, 'conversation')}, {_count(snapshot.turns, 'reply')}",
            style="dim",
        )
    return text


def _count(n: int, one: str) -> str:
    """``1 conversation``, ``2 conversations``, ``1 reply``, ``0 replies``."""
    many = one[:-1] + "ies" if one.endswith("y") else one + "s"
    return f"{n} {one if n == 1 else many}"


def score_cell(value: int | None) -> Text:
    if value is None:
        return Text("–", style="dim")
    style = "green" if value >= 60 else "yellow" if value >= 40 else "red"
    return Text(str(value), style=style)


def participant_row(p: BoardParticipant, moment: str | None = None) -> tuple[Text, ...]:
    """One participant; ``moment`` names their state by the counterpart's line (BoardWords)."""
    name = literal(p.name, "bold" if p.active else "dim")
    if p.left:
        name.append(" (left)", style="dim italic")
    if p.scenario_id is None:
        where = Text("joined, not playing yet", style="dim")
        state = Text("")
    else:
        where = literal(short_line(p.title or p.scenario_id, BOARD_TITLE_CHARS))
        state = Text("")
        if p.outcome:  # first, so a narrow column cuts the line, never how it ended
            state.append(f"({p.outcome}) ", style="green" if p.outcome == "success" else "dim")
        state.append_text(literal(moment or state_words(p.state or "")))
    for text in (name, where, state):  # cut with an ellipsis when the columns must narrow
        text.no_wrap = True
        text.overflow = "ellipsis"
    return (
        name,
        where,
        state,
        Text(str(p.turns)),
        score_cell(p.listening),
        score_cell(p.empathy),
        score_cell(p.collaboration),
        score_cell(p.overall),
    )


# The three text columns of the participants table (who, scenario, where they are) give way
# to the screen's width; the numbers never do. Below this a text column stops shrinking.
MIN_TEXT_WIDTH = 8


def fit_widths(natural: list[int], room: int) -> list[int]:
    """Widths for text columns whose content wants ``natural`` cells, sharing ``room`` cells:
    each gets what it wants if everything fits, else the narrow ones keep their width and the
    wide ones share what is left evenly (never under MIN_TEXT_WIDTH, so a very narrow screen
    scrolls rather than showing nothing)."""
    widths = list(natural)
    if sum(natural) <= room:
        return widths
    left = max(room, MIN_TEXT_WIDTH * len(natural))
    pending = sorted(range(len(natural)), key=lambda i: natural[i])
    while pending:
        share = left // len(pending)
        i = pending[0]
        if natural[i] <= share:
            widths[i] = natural[i]
        else:  # every column still pending wants more than an even share: split what is left
            for n, j in enumerate(pending):
                widths[j] = max(MIN_TEXT_WIDTH, share + (1 if n < left % len(pending) else 0))
            break
        left -= widths[i]
        pending.pop(0)
    return widths


def heat_table(
    heat: tuple[StateHeat, ...], words: BoardWords | None = None, limit: int = 12
) -> Table | Text:
    if not heat:
        return Text("The heat map fills in as replies come in.", style="dim")
    table = Table(box=None, expand=True, padding=(0, 1), show_edge=False)
    table.add_column("Scenario · moment")
    table.add_column("Replies", justify="right")
    table.add_column("Mean", justify="right")
    table.add_column("Across", justify="right")
    table.add_column("Struggle", min_width=12)
    for h in heat[:limit]:
        known = words or BoardWords({}, {}, {})
        label = literal(board_title(known, h.scenario_id), "dim")
        label.append(" · ")
        label.append_text(literal(known.heat.get((h.scenario_id, h.state), state_words(h.state))))
        across = f"{round(100 * h.across / h.turns)}%" if h.turns else "–"
        cells = max(1, round(h.struggle * 10))
        bar = Text(" " * cells, style=heat_style(h.struggle))
        bar.append(" " * (10 - cells) + f" {h.struggle:.2f}", style="dim")  # numbers line up
        replies = f"{h.turns} (+{h.unread} unread)" if h.unread else str(h.turns)
        mean = f"{h.mean_overall:.0f}" if h.turns else "–"
        table.add_row(label, replies, mean, across, bar)
    return table


class HeatMap(Static):
    def show(self, heat: tuple[StateHeat, ...], words: BoardWords) -> None:
        self.update(heat_table(heat, words))
