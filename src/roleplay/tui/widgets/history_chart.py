"""The progress chart: listening, empathy and collaboration per session (bucketed) over time."""

from __future__ import annotations

from textual_plotext import PlotextPlot

from roleplay.report.progress import DIMENSIONS, ProgressSeries

COLOURS = {"listening": "cyan", "empathy": "magenta", "collaboration": "green"}
MAX_TICKS = 5


class ProgressChart(PlotextPlot):
    """A line per dimension; the x axis runs from the oldest session to the newest."""

    DEFAULT_CSS = """
    ProgressChart { height: 1fr; min-height: 10; }
    """

    def show_series(self, series: ProgressSeries, title: str) -> None:
        plt = self.plt
        plt.clear_figure()
        if series.sessions == 0:
            plt.title(f"{title}: no sessions with answered turns yet")
            self.refresh()
            return
        xs = list(range(1, len(series.labels) + 1))
        for dimension in DIMENSIONS:
            plt.plot(
                xs,
                list(series.values(dimension)),
                label=dimension,
                color=COLOURS[dimension],
                marker="braille",
            )
        plt.ylim(0, 100)
        step = max(1, len(xs) // MAX_TICKS)
        ticks = xs[::step]
        plt.xticks([float(t) for t in ticks], [series.labels[t - 1] for t in ticks])
        per = "" if len(xs) == series.sessions else f", {series.sessions} sessions averaged"
        plt.title(f"{title} ({len(xs)} points{per})")
        self.refresh()
