"""The History chart's x labels: few, evenly spread, and never two alike (several sessions a day)."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

from roleplay.report.progress import progress_series, tick_labels, tick_positions
from roleplay.storage import ProgressPoint


def _points(*stamps: str) -> list[ProgressPoint]:
    return [
        ProgressPoint(i, "budget_pushback", stamp, 50.0, 60.0, 70.0, 60)
        for i, stamp in enumerate(stamps, start=1)
    ]


def test_sessions_on_one_day_get_the_date_then_times_then_numbers() -> None:
    series = progress_series(
        _points(
            "2026-11-27T09:00:00.000Z",
            "2026-11-27T15:30:00.000Z",
            "2026-11-28T10:00:00.000Z",
            "2026-11-28T10:00:30.000Z",  # the same minute as the one before
            "2026-11-29T08:00:00.000Z",
        )
    )
    labels = tick_labels(series, range(5), UTC)
    assert labels == ["Nov 27", "15:30", "Nov 28", "#4", "Nov 29"]
    assert len(set(labels)) == len(labels)


def test_a_day_full_of_sessions_never_repeats_a_label() -> None:
    stamps = [f"2026-11-29T12:{m:02d}:00.000Z" for m in range(0, 40, 2)]
    stamps += ["2026-11-29T12:38:10.000Z", "2026-11-29T12:38:20.000Z"]
    series = progress_series(_points(*stamps))
    for most in (2, 3, 5, 30):
        ticks = tick_positions(len(stamps), most)
        labels = tick_labels(series, ticks, UTC)
        assert len(set(labels)) == len(labels), labels
        assert labels[0] == "Nov 29"


def test_local_time_decides_the_day_and_years_show_when_they_differ() -> None:
    series = progress_series(_points("2025-12-31T23:30:00.000Z", "2026-01-01T00:10:00.000Z"))
    assert tick_labels(series, [0, 1], UTC) == ["2025-12-31", "2026-01-01"]
    east = timezone(timedelta(hours=2))  # both sessions on 1 January there
    assert tick_labels(series, [0, 1], east) == ["Jan 1", "02:10"]


def test_tick_positions_are_few_spread_and_keep_both_ends() -> None:
    assert tick_positions(3, 5) == [0, 1, 2]
    assert tick_positions(9, 5) == [0, 2, 4, 6, 8]
    assert tick_positions(120, 5) == [0, 30, 60, 89, 119]
    assert tick_positions(7, 1) == [0, 6]  # never fewer than the two ends
    assert tick_positions(1, 5) == [0]
