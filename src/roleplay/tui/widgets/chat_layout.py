"""The chat's vertical layout, which places only the lines added since its last arrangement.

Textual arranges a container's children from the first on every layout of the screen, so each
new reply cost more to show the longer the chat was (about 80 Python calls per line, on every
frame that changes the chat). A chat only grows at its end: when the lines placed last time
are the first lines now, unchanged (Textual counts a change to a widget's size, content or
styles in ``_layout_updates`` and ``styles._cache_key``) and the container has the same size,
their places are kept and only the new lines are arranged, after the last placed one (margins
between them collapse as in a full arrangement). Anything else (a line removed, restyled or
re-rendered, a new size, a line with a fraction height, an overlay or an absolute position) is
a full arrangement, as before. Textual is pinned (pyproject.toml): this relies on its 8.2
layout API.
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
        count = 0 if placed is None else len(placed.children)
        if (
            placed is not None
            and placed.key == key
            and 0 < count < len(children)
            and children[:count] == placed.children
            and stamps[:count] == placed.stamps
            and _simple(children[count:])
        ):
            # The last placed line is arranged again with the new ones, so the margin between
            # it and the first new line collapses as it would in a full arrangement.
            tail = super().arrange(parent, children[count - 1 :], size, greedy)
            last = placed.placements[-1].region
            shift = Offset(0, last.y - tail[0].region.y)
            placements = placed.placements + WidgetPlacement.translate(tail[1:], shift)
        elif _simple(children):
            placements = super().arrange(parent, children, size, greedy)
        else:
            self._placed = None
            return super().arrange(parent, children, size, greedy)
        self._placed = _Placed(key, list(children), stamps, placements)
        return placements
