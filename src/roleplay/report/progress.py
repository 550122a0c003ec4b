"""Progress over time as chart-ready series: the three dimensions per session, bucketed.

Thousands of sessions do not fit on a terminal chart, so consecutive sessions are averaged into
at most ``max_points`` buckets (each bucket keeps the date of its last session).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roleplay.storage import ProgressPoint

DIMENSIONS = ("listening", "empathy", "collaboration")


@dataclass(frozen=True)
class ProgressSeries:
    sessions: int  # how many sessions went in
    labels: tuple[str, ...]  # date (YYYY-MM-DD) of each bucket's last session
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
    labels: list[str] = []
    sizes: list[int] = []
    means: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    for b in range(buckets):
        lo, hi = b * n // buckets, (b + 1) * n // buckets
        chunk = points[lo:hi]
        labels.append(chunk[-1].started_at[:10])
        sizes.append(len(chunk))
        for d in DIMENSIONS:
            means[d].append(round(sum(float(getattr(p, d)) for p in chunk) / len(chunk), 1))
    return ProgressSeries(
        sessions=n,
        labels=tuple(labels),
        sizes=tuple(sizes),
        listening=tuple(means["listening"]),
        empathy=tuple(means["empathy"]),
        collaboration=tuple(means["collaboration"]),
    )
