"""A DataTable whose rows are never drawn at stale column widths.

Textual's DataTable measures new rows on its own idle, and caches every line it draws under a key
that does not include the column widths. If the screen paints before the table's idle has run
(it happens under load: the screen's update timer and the table's queue race), the rows are drawn
with the columns at their header widths ("Push bac") and stay cut, because measuring later does
not invalidate those cached lines. This subclass invalidates them when a width changes.
Textual is pinned (pyproject.toml); `tests/tui/test_table.py` reproduces the race.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

CellType = TypeVar("CellType")


class Table(DataTable[CellType], Generic[CellType]):
    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        before = self._widths()
        super()._update_dimensions(new_rows)
        if self._widths() != before:
            self._clear_caches()
            self.refresh()

    def _widths(self) -> list[int]:
        return [column.get_render_width(self) for column in self.ordered_columns]
