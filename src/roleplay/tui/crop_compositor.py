"""A compositor that draws, for a partial update, only the widgets the update can show.

Textual's compositor repaints a rectangle: the union of the regions that changed. For each
widget whose *clip* (the area of the container it sits in) meets that rectangle it asks for all
of the widget's visible lines, even when the widget itself lies outside the rectangle; a
top-level widget's clip is the whole screen, so the title bar, the status line, the reply box,
the footer and the side panel were drawn again (from their kept lines, with their styles, the
theme's colour filter and their backgrounds looked up) for every reply's card, only for their
lines to be thrown away: the update writes only the changed regions, which all lie inside the
rectangle. Here a widget is drawn only when its visible part meets the rectangle, and not
when one of its children covers that part (each widget draws every cell of its region, and a
child is drawn in front of its parent: the screen and the body behind the chat). The cells
written are the same (``tests/tui/test_crop_compositor.py`` compares each partial update with
Textual's own). Textual is pinned (pyproject.toml): this relies on its 8.2 compositor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class CropCompositor(Compositor):
    """Textual's compositor; a partial update draws only widgets inside its rectangle."""

    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        if crop is None:
            yield from super()._get_renders(crop)
            return
        visible = self.visible_widgets
        for widget, (region, clip) in visible.items():
            shown = region.intersection(clip)
            if shown.overlaps(crop) and not _covered(widget, shown.intersection(crop), visible):
                yield region, clip, widget.render_lines(shown.translate(-region.offset))


FEW_CHILDREN = 8  # a container with more (the chat's lines) is not looked through for a cover


def _covered(widget: Widget, part: Region, visible: Mapping[Widget, tuple[Region, Region]]) -> bool:
    """Whether one of ``widget``'s children, drawn in front of it, covers all of ``part``."""
    children = widget._nodes
    if not children or len(children) > FEW_CHILDREN:
        return False
    for child in children:
        placed = visible.get(child)
        if placed is not None and placed[0].intersection(placed[1]).contains_region(part):
            return True
    return False
