"""The progress chart: listening, empathy and collaboration per session (bucketed) over time.

The legend is a line of text under the plot (:func:`legend`), not plotext's own box, which is
drawn inside the plot and hides the lines when the chart is narrow (80 columns).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static
from textual_plotext import PlotextPlot

from roleplay.report.progress import DIMENSIONS, ProgressSeries, tick_labels, tick_positions

COLOURS = {"listening": "cyan", "empathy": "magenta", "collaboration": "green"}
MAX_TICKS = 5
TICK_CELLS = 10  # room for one x label ("Nov 29", "14:05", "#123") and the gap after it
Y_TICKS = (0, 50, 100)


def legend(width: int) -> Text:
    """ "━ listening  ━ empathy  ━ collaboration", each mark in its line's colour; the initials
    (as the session table's L, E, C columns) when the names do not fit in ``width`` cells."""
    text = Text()
    for names in (DIMENSIONS, tuple(d[0].upper() for d in DIMENSIONS)):
        text = Text()
        for dimension, name in zip(DIMENSIONS, names, strict=True):
            if text:
                text.append("  ")
            text.append("━ ", style=f"bold {COLOURS[dimension]}")
            text.append(name)
        if text.cell_len <= width:
            break
    return text


def chart_title(title: str, points: int, sessions: int) -> str:
    """ "Progress (3 points)", "Progress (1 point)", or with ", 40 sessions averaged" when
    sessions were grouped into fewer points."""
    noun = "point" if points == 1 else "points"
    per = "" if points == sessions else f", {sessions} sessions averaged"
    return f"{title} ({points} {noun}{per})"


class ChartLegend(Static):
    """One line under the chart naming its three lines (plotext's legend box covers them)."""

    DEFAULT_CSS = """
    ChartLegend { height: 1; padding: 0 1; }
    """

    def render(self) -> Text:
        return legend(self.content_region.width)


class ProgressChart(PlotextPlot):
    """A line per dimension; the x axis runs from the oldest session to the newest."""

    DEFAULT_CSS = """
    ProgressChart { height: 1fr; min-height: 6; }
    """

    def show_series(self, series: ProgressSeries, title: str) -> None:
        plt = self.plt
        plt.clear_figure()
        if series.sessions == 0:
            plt.title(f"{title}: no sessions with answered turns yet")
            self.refresh()
            return
        xs = list(range(1, len(series.stamps) + 1))
        for dimension in DIMENSIONS:
            plt.plot(
                xs,
                list(series.values(dimension)),
                color=COLOURS[dimension],
                marker="braille",
            )
        plt.ylim(0, 100)
        plt.yticks([float(y) for y in Y_TICKS], [str(y) for y in Y_TICKS])
        width = self.content_region.width
        most = min(MAX_TICKS, width // TICK_CELLS) if width else MAX_TICKS
        ticks = tick_positions(len(xs), most)
        plt.xticks([float(xs[t]) for t in ticks], tick_labels(series, ticks))
        plt.title(chart_title(title, len(xs), series.sessions))
        self.refresh()
