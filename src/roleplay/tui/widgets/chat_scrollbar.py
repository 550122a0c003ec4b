"""The chat's scroll bar, drawn from the rows it drew before.

Every reply moves the chat's scroll bar, and Textual draws all of its rows again: the bar is
rendered through Rich, cut into rows, and each row is styled on its own (about a tenth of the
Python work of the frame that shows a score card). A row of a vertical bar one cell wide is one
segment (the track above or below the thumb, the thumb, or a partly filled end cell), so the
drawn rows are kept by their segment and a moved thumb reuses them; a segment not drawn before,
or a new size, style, theme or filter, draws the whole bar the usual way. Textual is pinned
(pyproject.toml): this relies on its 8.2 scroll bar (``ScrollBarRender.render_bar``).
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip


class RowKeptScrollBar(ScrollBar):
    """Textual's vertical scroll bar; rows drawn before are reused when the thumb moves."""

    _drawn_for: tuple[object, ...] | None = None
    _rows: dict[Segment, Strip]

    def render_lines(self, crop: Region) -> list[Strip]:
        width, height = self.size
        renderable = self.render() if self.vertical and width == 1 and height else None
        style = renderable.style if isinstance(renderable, ScrollBarRender) else None
        if not isinstance(style, Style) or crop.x or crop.width != width:
            return super().render_lines(crop)
        assert isinstance(renderable, ScrollBarRender)
        bar = renderable.render_bar(
            size=height,
            window_size=renderable.window_size,
            virtual_size=renderable.virtual_size,
            position=renderable.position,
            vertical=True,
            thickness=width,
            back_color=style.bgcolor or Color.parse("#555555"),  # as Rich draws it
            bar_color=style.color or Color.parse("bright_magenta"),
        )
        rows: list[Segment] = list(bar.segments)
        app = self.app
        context = (
            self.size,
            self.styles._cache_key,
            self.background_colors,
            self.opacity,
            app.theme,
            app.ansi_color,
            tuple(id(f) for f in self.get_line_filters()),
        )
        if context != self._drawn_for:
            self._drawn_for, self._rows = context, {}
        kept = self._rows
        if len(rows) == height and all(row in kept for row in rows):
            return [kept[row] for row in rows[crop.y : crop.bottom]]
        strips = super().render_lines(Region(0, 0, width, height))
        if len(rows) == height == len(strips):
            kept.update(zip(rows, strips, strict=True))
        return strips[crop.y : crop.bottom]
