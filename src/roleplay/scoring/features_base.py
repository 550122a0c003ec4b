"""The unit of evidence before weighting: a feature found at a place in the reply."""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    """`feature` was found at [start, end) of the reply (None: the reply as a whole).

    `text` fills the reason template; `amount` is how much of the feature this hit is worth
    (1 for a cue; a rarity weight for shared words; 1/n for one of n key points).
    """

    feature: str
    start: int | None
    end: int | None
    text: str
    amount: float = 1.0
    detail: str = ""

    @property
    def span(self) -> tuple[int, int] | None:
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)
