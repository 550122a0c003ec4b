"""The counterpart's visible mood, derived from the hidden meters.

Front ends show the mood instead of the meters themselves: the learner reads the room, not the
numbers. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

MoodLabel = Literal["warm", "open", "guarded", "tense", "hostile", "neutral"]
Trend = Literal["up", "down", "steady"]

#: Meters that speak for the counterpart's mood when a scenario declares them.
MOOD_METERS = ("trust", "patience")

#: Lower bound of each mood on the 0-100 mood level, warmest first.
THRESHOLDS: tuple[tuple[int, MoodLabel], ...] = (
    (75, "warm"),
    (60, "open"),
    (45, "guarded"),
    (30, "tense"),
    (0, "hostile"),
)

DESCRIPTIONS: dict[MoodLabel, str] = {
    "warm": "on your side",
    "open": "listening",
    "guarded": "holding back",
    "tense": "losing patience",
    "hostile": "closed off",
    "neutral": "hard to read",
}


@dataclass(frozen=True)
class Mood:
    label: MoodLabel
    level: int | None  # 0-100, or None when the scenario has no meters
    trend: Trend = "steady"

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.label]


def mood_level(meters: Mapping[str, int]) -> int | None:
    """The 0-100 level the mood is read from: trust/patience if declared, else all meters."""
    chosen = [meters[m] for m in MOOD_METERS if m in meters]
    values = chosen or list(meters.values())
    if not values:
        return None
    return round(sum(values) / len(values))


def label_for(level: int | None) -> MoodLabel:
    if level is None:
        return "neutral"
    for bound, label in THRESHOLDS:
        if level >= bound:
            return label
    return "hostile"


def mood(meters: Mapping[str, int], previous: Mapping[str, int] | None = None) -> Mood:
    """The mood for the meters now; ``previous`` (the meters a turn ago) gives the trend."""
    level = mood_level(meters)
    trend: Trend = "steady"
    if previous is not None and level is not None:
        before = mood_level(previous)
        if before is not None and level > before:
            trend = "up"
        elif before is not None and level < before:
            trend = "down"
    return Mood(label_for(level), level, trend)
