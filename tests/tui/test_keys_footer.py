"""The picker's footer has its keys in the first paint, and follows a change of keys."""

from __future__ import annotations

from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from roleplay.tui.screens.picker import PickerScreen
from roleplay.tui.widgets.keys_footer import KeysFooter

from .helpers import LIBRARY, make_app, picker_ready, wait_until


def _keys(screen: Screen[Any]) -> list[FooterKey]:
    return list(screen.query_one(KeysFooter).query(FooterKey))


async def test_the_picker_is_first_painted_with_the_keys_it_settles_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual's Footer was painted empty and composed its keys two refreshes later; these are
    the very keys (the same widgets: no recompose) the picker shows once settled."""
    first_paint: list[list[FooterKey]] = []
    paint = Screen._compositor_refresh

    def compositor_refresh(self: Screen[Any]) -> None:
        paint(self)
        if isinstance(self, PickerScreen) and not first_paint:
            first_paint.append(_keys(self))

    monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)
    app = make_app(scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await pilot.pause(0.1)
        settled = _keys(app.screen)
        assert [key.action for key in settled] == ["toggle_mode", "quit", "help", "command_palette"]
        assert first_paint == [settled]


def _bound_keys(screen: Screen[Any]) -> set[str]:
    """The keys the footer was composed from (shown or grouped under a shown one)."""
    return {str(entry[0]) for entry in screen.query_one(KeysFooter).shown or ()}  # type: ignore[index]


async def test_the_footer_recomposes_when_its_keys_change_and_only_then() -> None:
    """With the filter box focused, `?` types into it, so it is not a key for Help; on the list
    it is (shown under F1, Help's first key). Published bindings that changed nothing keep the
    keys on show."""
    app = make_app(scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        screen = app.screen
        before = _keys(screen)
        assert "question_mark" not in _bound_keys(screen)
        screen.refresh_bindings()
        await pilot.pause(0.1)
        assert _keys(screen) == before  # the same widgets: not composed again
        screen.set_focus(screen.query_one(DataTable))
        await wait_until(
            pilot, lambda: "question_mark" in _bound_keys(screen), "the footer following focus"
        )
        assert _keys(screen) != before
        assert [key.action for key in _keys(screen)] == [key.action for key in before]
