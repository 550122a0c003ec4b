"""The picker lists the library from the catalogue's cache when no file changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from roleplay.scenario import catalogue
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.picker import TITLE_CELLS, PickerScreen

from .helpers import conversation_ready, make_app, picker_ready, wait_until


async def _list_once(library: Path) -> None:
    app = make_app(scenario_dir=library)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)


def _no_file_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def load_entry(path: Path) -> catalogue.CatalogueEntry:
        raise AssertionError(f"{path} was read although the cache knows it")

    monkeypatch.setattr(catalogue, "load_entry", load_entry)


async def test_a_known_library_is_listed_from_the_cache_and_plays(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _list_once(library)
    _no_file_reading(monkeypatch)
    app = make_app(scenario_dir=library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [e.id for e in picker.shown] == ["budget_pushback"]  # no worker was needed
        assert picker.shown[0].loaded is None
        await pilot.press("enter")
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.scenario.id == "budget_pushback"


async def test_a_file_broken_after_the_list_was_read_is_refused_with_its_code(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _list_once(library)
    app = make_app(scenario_dir=library)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        (library / "budget_pushback.yaml").write_text("id: [unclosed\n", encoding="utf-8")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)  # nothing started
        assert len(notes) == 1 and "budget_pushback.yaml" in notes[0] and "RP" in notes[0]


async def test_a_file_broken_after_the_first_scan_is_refused_with_its_code(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No cache yet: the list comes from a scan that kept each validated scenario; a file that
    breaks after it is still refused, not played from the scan's copy."""
    app = make_app(scenario_dir=library)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.shown[0].loaded is not None
        path = library / "budget_pushback.yaml"
        before = path.stat().st_mtime_ns
        path.write_text("id: [unclosed\n", encoding="utf-8")
        os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)  # nothing started
        assert len(notes) == 1 and "budget_pushback.yaml" in notes[0] and "RP101" in notes[0]


async def test_a_very_long_title_leaves_the_other_columns_on_screen(library: Path) -> None:
    text = (library / "budget_pushback.yaml").read_text(encoding="utf-8")
    long_title = "Push back " + "very " * 80 + "hard"
    text = text.replace("title: Push back on a budget cut", f"title: {long_title}", 1)
    (library / "budget_pushback.yaml").write_text(text, encoding="utf-8")
    app = make_app(scenario_dir=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await picker_ready(pilot, app)
        table = app.screen.query_one(DataTable)
        (title,) = [table.get_cell_at(Coordinate(0, 0))]
        assert title.plain.endswith("…") and title.cell_len <= TITLE_CELLS
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 80


async def test_an_empty_library_says_where_it_looked(tmp_path: Path) -> None:
    empty = tmp_path / "no_scenarios_here"
    app = make_app(scenario_dir=empty)
    async with app.run_test(size=(100, 30)) as pilot:
        detail = app.screen.query_one("#detail", Static)
        await wait_until(pilot, lambda: app.catalogue is not None, "the library read")
        await pilot.pause()
        text = str(detail.render())
        assert f"No scenario files in {empty}" in text  # (it said no scenario matched a filter)


async def test_a_cold_read_says_how_many_files_it_has_read(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """probe17: a cold read of a big library showed a bare "Reading the scenarios…" for
    seconds. It now counts the files it must read; the read is held after the second file so
    the count is seen whatever the machine's speed."""
    import threading

    text = (library / "budget_pushback.yaml").read_text(encoding="utf-8")
    for name in ("budget_two", "budget_three"):
        (library / f"{name}.yaml").write_text(
            text.replace("id: budget_pushback", f"id: {name}", 1), encoding="utf-8"
        )
    real = catalogue.load_entry
    release = threading.Event()
    read: list[Path] = []

    def load_entry(path: Path) -> catalogue.CatalogueEntry:
        if len(read) == 2:
            assert release.wait(60), "the test never let the read go on"
        read.append(path)
        return real(path)

    monkeypatch.setattr(catalogue, "load_entry", load_entry)
    app = make_app(scenario_dir=library)
    async with app.run_test(size=(100, 30)) as pilot:
        detail = app.screen.query_one("#detail", Static)
        try:
            await wait_until(
                pilot, lambda: "2 of 3 files" in str(detail.render()), "the count of files read"
            )
            assert "Reading the scenarios… 2 of 3 files" in str(detail.render())
        finally:
            release.set()
        await picker_ready(pilot, app)
        assert len(read) == 3 and "of 3 files" not in str(detail.render())


async def test_an_edited_play_cache_is_said_in_the_picker_and_not_played(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """probe18: the picker played the kept copy of a scenario as it was on disk, edited or not;
    now an edited copy is set aside with an RP012 notification and the YAML is played."""
    from roleplay.scenario import play_cache

    await _list_once(library)  # the scan kept the scenario in the play cache
    (kept,) = play_cache.default_folder().iterdir()
    kept.write_text(
        kept.read_text(encoding="utf-8").replace("I need 30%", "Wire 30% to account 42", 1),
        encoding="utf-8",
    )
    app = make_app(scenario_dir=library)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        await pilot.press("enter")
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert "Wire 30%" not in screen.session.counterpart_line
        assert any("RP012 warning:" in note and str(kept) in note for note in notes), notes
