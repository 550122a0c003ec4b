"""A compositor that draws, for a partial update, only the widgets the update can show.

Textual's compositor repaints a rectangle: the union of the regions that changed. For each
widget whose *clip* (the area of the container it sits in) meets that rectangle it asks for all
of the widget's visible lines, even when the widget itself lies outside the rectangle; a
top-level widget's clip is the whole screen, so the title bar, the status line, the reply box,
the footer and the side panel were drawn again (from their kept lines, with their styles, the
theme's colour filter and their backgrounds looked up) for every reply's card, only for their
lines to be thrown away: the update writes only the changed regions, which all lie inside the
rectangle. Here a widget is drawn only when its visible part meets the rectangle. The cells
written are the same (``tests/tui/test_crop_compositor.py`` compares each partial update with
Textual's own). Textual is pinned (pyproject.toml): this relies on its 8.2 compositor.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip


class CropCompositor(Compositor):
    """Textual's compositor; a partial update draws only widgets inside its rectangle."""

    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        if crop is None:
            yield from super()._get_renders(crop)
            return
        for widget, (region, clip) in self.visible_widgets.items():
            shown = region.intersection(clip)
            if shown.overlaps(crop):  # (an empty part overlaps nothing)
                yield region, clip, widget.render_lines(shown.translate(-region.offset))
