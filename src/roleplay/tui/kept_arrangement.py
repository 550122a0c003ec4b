"""Containers that arrange their children again only when something they place changed.

Textual keys a container's arrangement on its size and a count of changes to the nodes below
it, at any depth, and drops it whenever a child asks for a layout: each line mounted into the
chat made the conversation screen arrange its five children again (title, body, status, reply
box, footer) and the body its two (the chat and the side panel), about 1,900 Python calls per
reply for the same places. Here the arrangement is kept while its container's size and styles,
the terminal's size, the children and their styles stay the same, and no child whose size
follows its content (``auto`` width or height) asked for a layout (Textual counts that in the
child's ``_layout_updates``). A child sized by its styles alone (a fraction, cells, a
percentage) is placed the same whatever it holds. Textual is pinned (pyproject.toml):
``tests/tui/test_kept_arrangement.py`` compares the arrangements with Textual's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.geometry import Size
from textual.layout import DockArrangeResult
from textual.widget import Widget

Key = tuple[object, ...]


def arrangement_key(container: Widget, size: Size, *extra: object) -> Key:
    """What a container's arrangement of its children at ``size`` depends on."""
    app = container.app
    children = tuple(
        (
            child,
            child.styles._cache_key,
            child._layout_updates if child.styles.auto_dimensions else None,
        )
        for child in container._nodes
    )
    return (size, app.size, app.viewport_size, container.styles._cache_key, children, *extra)


# A mixin, not a Widget subclass: Textual gathers default CSS along the classes of a widget,
# and a Widget subclass placed first would put Widget's defaults over the container's own.
if TYPE_CHECKING:
    _Mixin = Widget
else:
    _Mixin = object


class KeptArrangement(_Mixin):
    """Put before a Textual container class (or ``Screen``): its arrangement is kept."""

    _kept: tuple[Key, DockArrangeResult] | None = None

    def arrange(self, size: Size, optimal: bool = False) -> DockArrangeResult:
        # (a screen's arrangement also follows the widget it shows maximized, if any)
        key = arrangement_key(self, size, optimal, getattr(self, "maximized", None))
        if self._kept is None or self._kept[0] != key:
            self._kept = (key, super().arrange(size, optimal))
        return self._kept[1]


class KeptHorizontal(KeptArrangement, Horizontal):
    """Textual's ``Horizontal``, arranged again only when what it places changed."""
