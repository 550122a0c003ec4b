"""Progress over time as chart-ready series: the three dimensions per session, bucketed.

Thousands of sessions do not fit on a terminal chart, so consecutive sessions are averaged into
at most ``max_points`` buckets (each bucket is known by its last session: when it started, and
its number). :func:`tick_positions` picks the few points the x axis labels and
:func:`tick_labels` names them so that no two labels read the same: the first label of a day is
the date ("Nov 29"), a later one that day its time ("14:05"), and one in the same minute as the
label before it the session's number ("#12"), the number the session table shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roleplay.storage import ProgressPoint

DIMENSIONS = ("listening", "empathy", "collaboration")


@dataclass(frozen=True)
class ProgressSeries:
    sessions: int  # how many sessions went in
    stamps: tuple[str, ...]  # when each bucket's last session started (stored UTC timestamp)
    last_ids: tuple[int, ...]  # each bucket's last session (its number in `history`)
    sizes: tuple[int, ...]  # sessions per bucket
    listening: tuple[float, ...]
    empathy: tuple[float, ...]
    collaboration: tuple[float, ...]

    def values(self, dimension: str) -> tuple[float, ...]:
        series: tuple[float, ...] = getattr(self, dimension)
        return series


def progress_series(points: Sequence[ProgressPoint], max_points: int = 120) -> ProgressSeries:
    if max_points < 1:
        raise ValueError("max_points must be at least 1")
    n = len(points)
    buckets = min(n, max_points)
    stamps: list[str] = []
    last_ids: list[int] = []
    sizes: list[int] = []
    means: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    for b in range(buckets):
        lo, hi = b * n // buckets, (b + 1) * n // buckets
        chunk = points[lo:hi]
        stamps.append(chunk[-1].started_at)
        last_ids.append(chunk[-1].session_id)
        sizes.append(len(chunk))
        for d in DIMENSIONS:
            means[d].append(round(sum(float(getattr(p, d)) for p in chunk) / len(chunk), 1))
    return ProgressSeries(
        sessions=n,
        stamps=tuple(stamps),
        last_ids=tuple(last_ids),
        sizes=tuple(sizes),
        listening=tuple(means["listening"]),
        empathy=tuple(means["empathy"]),
        collaboration=tuple(means["collaboration"]),
    )


def tick_positions(count: int, most: int) -> list[int]:
    """At most ``most`` (at least 2) of ``count`` points, evenly spread, the first and the last
    always among them (0-based, ascending, no repeats)."""
    most = max(2, most)
    if count <= most:
        return list(range(count))
    return sorted({round(i * (count - 1) / (most - 1)) for i in range(most)})


def tick_labels(
    series: ProgressSeries, positions: Sequence[int], tz: tzinfo | None = None
) -> list[str]:
    """A label per position, in local time (``tz``, default the system's), no two alike."""
    labels: list[str] = []
    previous = None
    # fromisoformat reads the stored "2026-11-29T12:56:00.000Z" (UTC) without importing
    # storage, which the TUI's screens and widgets may not (pyproject.toml's contracts)
    many_years = len({datetime.fromisoformat(s).astimezone(tz).year for s in series.stamps}) > 1
    for index in positions:
        when = datetime.fromisoformat(series.stamps[index]).astimezone(tz)
        if previous is None or when.date() != previous.date():
            label = when.strftime("%Y-%m-%d") if many_years else f"{when:%b} {when.day}"
        elif (when.hour, when.minute) != (previous.hour, previous.minute):
            label = f"{when:%H:%M}"
        else:
            label = f"#{series.last_ids[index]}"
        labels.append(label)
        previous = when
    return labels
