"""The History screen's chart title counts its points in words that read right."""

from __future__ import annotations

from roleplay.tui.widgets.history_chart import chart_title


def test_one_point_is_singular_and_grouped_sessions_are_named() -> None:
    assert chart_title("Progress", 1, 1) == "Progress (1 point)"
    assert chart_title("Progress", 3, 3) == "Progress (3 points)"
    assert chart_title("Progress", 20, 40) == "Progress (20 points, 40 sessions averaged)"
