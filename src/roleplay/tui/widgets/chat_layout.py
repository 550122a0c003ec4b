"""The chat's vertical layout, which places only the lines added or changed since its last
arrangement.

Textual arranges a container's children from the first on every layout of the screen, so each
new reply cost more to show the longer the chat was (about 80 Python calls per line, on every
frame that changes the chat). A chat only grows or changes at its end: the lines from the first
that are the ones placed last time, unchanged (Textual counts a change to a widget's size,
content or styles in ``_layout_updates`` and ``styles._cache_key``), keep their places when the
container has the same size, and only the lines after them are arranged, after the last kept
one (margins between them collapse as in a full arrangement). Nothing changed: the same places.
(Each reply's answer asks for a layout again once it is placed; that second arrangement of the
whole chat was about a tenth of a reply's frame at turn 30.) Anything else (the first line
changed or removed, a new size, a line with a fraction height, an overlay or an absolute
position) is a full arrangement, as before. Textual is pinned (pyproject.toml): this relies on
its 8.2 layout API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from textual.geometry import Offset, Size
from textual.layout import ArrangeResult, WidgetPlacement
from textual.layouts.vertical import VerticalLayout

if TYPE_CHECKING:
    from textual.widget import Widget


class _Placed(NamedTuple):
    key: tuple[Size, Size, Size, bool]  # container, app and viewport sizes, greedy
    children: list[Widget]
    stamps: list[tuple[int, int]]  # per child: layout updates, styles key
    placements: list[WidgetPlacement]


def _stamps(children: list[Widget]) -> list[tuple[int, int]]:
    return [(child._layout_updates, child.styles._cache_key) for child in children]


def _simple(children: list[Widget]) -> bool:
    """Lines whose places depend only on the lines above them."""
    for child in children:
        styles = child.styles
        height = styles.height
        if height is not None and height.is_fraction:
            return False
        if styles.overlay == "screen" or styles.position == "absolute":
            return False
        if child.absolute_offset is not None:
            return False
    return True


class ChatLayout(VerticalLayout):
    """Textual's vertical layout; a chat that grew at its end is arranged from its new lines."""

    name = "vertical"

    def __init__(self) -> None:
        super().__init__()
        self._placed: _Placed | None = None

    def arrange(
        self, parent: Widget, children: list[Widget], size: Size, greedy: bool = True
    ) -> ArrangeResult:
        key = (size, parent.app.size, parent.app.viewport_size, greedy)
        stamps = _stamps(children)
        placed = self._placed
        kept = 0 if placed is None or placed.key != key else _unchanged(placed, children, stamps)
        if placed is not None and kept == len(children) == len(placed.children):
            return placed.placements  # nothing changed since the last arrangement
        if 0 < kept < len(children) and _simple(children[kept:]):
            # The last unchanged line is arranged again with the ones after it, so the margin
            # between it and the next line collapses as it would in a full arrangement.
            assert placed is not None
            tail = super().arrange(parent, children[kept - 1 :], size, greedy)
            last = placed.placements[kept - 1].region
            shift = Offset(0, last.y - tail[0].region.y)
            placements = placed.placements[:kept] + WidgetPlacement.translate(tail[1:], shift)
        elif _simple(children):
            placements = super().arrange(parent, children, size, greedy)
        else:
            self._placed = None
            return super().arrange(parent, children, size, greedy)
        self._placed = _Placed(key, list(children), stamps, placements)
        return placements


def _unchanged(placed: _Placed, children: list[Widget], stamps: list[tuple[int, int]]) -> int:
    """How many lines from the first are the ones placed last time, unchanged."""
    kept = 0
    for then, now, stamp_then, stamp_now in zip(
        placed.children, children, placed.stamps, stamps, strict=False
    ):
        if then is not now or stamp_then != stamp_now:
            break
        kept += 1
    return kept
