"""Pilot tests: the participant's join flow and the facilitator's board."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import DataTable, Footer

from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import WorkshopStore, open_workshop_db
from roleplay.tui.board.app import BoardApp
from roleplay.tui.board.debrief_screen import GroupDebriefScreen
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.join import JoinScreen, LobbyScreen
from roleplay.tui.workshop_app import ParticipantApp, workshop_entries

from ..budget import PLAY_BUDGET
from ..tui.helpers import wait_until


def _setup(code: str | None, open_round: bool = True) -> tuple[WorkshopStore, SessionStore]:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Pilot room", [PLAY_BUDGET], join_code=code, max_participants=5)
    if open_round:
        store.start_round(w.id)
    return store, SessionStore.open(path)


def _participant_app(
    code: str | None, open_round: bool = True
) -> tuple[WorkshopStore, SessionStore, ParticipantApp]:
    store, sessions = _setup(code, open_round)
    w = store.workshop("Pilot room")
    return store, sessions, ParticipantApp(w, store, sessions, workshop_entries(w))


async def test_wrong_code_then_join_play_and_save() -> None:
    store, sessions, app = _participant_app("ABC234")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        await pilot.press(*"Ann", "enter", *"nope", "enter")
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen) and app.participant is None
        await pilot.press(*"abc234", "enter")
        await pilot.pause()
        assert app.participant is not None and app.participant.name == "Ann"
        assert [e.id for e in app.catalogue or []] == ["budget_pushback"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        await pilot.press(*"That sounds like pressure from the board", "enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if app.screen.session.turns:
                break
    rows = store.conn.execute(
        "SELECT s.workshop_id, s.participant, count(t.id) FROM sessions s"
        " JOIN turns t ON t.session_id = s.id GROUP BY s.id"
    ).fetchall()
    assert rows == [("pilot-room", "Ann", 1)]
    sessions.close()


async def test_lobby_until_a_round_opens_and_history_is_off() -> None:
    store, sessions, app = _participant_app(None, open_round=False)
    w = app.workshop
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Bo", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LobbyScreen)
        app.action_history()  # other people's sessions are in the same database
        assert not any(type(s).__name__ == "HistoryScreen" for s in app.screen_stack)
        store.start_round(w.id)
        app.screen.poll()
        await pilot.pause()
        assert not isinstance(app.screen, LobbyScreen | JoinScreen)
    sessions.close()


async def test_board_shows_people_rounds_and_exports(tmp_path: Path) -> None:
    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    store.join(w.id, "Ann <b>")
    app = BoardApp(store, w, interval=0.2, export_dir=tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if app.snapshot is not None:
                break
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        await pilot.press("x")  # stop the round
        assert store.current_round(w.id) is None
        await pilot.press("s")  # start round 2
        assert store.current_round(w.id) is not None
        assert store.current_round(w.id).number == 2  # type: ignore[union-attr]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, GroupDebriefScreen)
        assert store.rounds(w.id)[-1].revealed
        await pilot.press("e")
        await pilot.pause()
    exported = list(tmp_path.glob("group-debrief-pilot-room-*.html"))
    assert len(exported) == 1 and "Group debrief: Pilot room" in exported[0].read_text()
    sessions.close()


async def test_no_screenshot_command_before_or_after_joining() -> None:
    store, sessions, app = _participant_app(None)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles and "Screenshot" not in titles
        assert app.deliver_screenshot() is None  # nothing is delivered, even if called
        await pilot.press(*"Ann", "enter")
        await pilot.pause()
        assert app.participant is not None
        assert "Screenshot" not in [c.title for c in app.get_system_commands(app.screen)]
    sessions.close()


async def test_board_marks_who_left_toggles_rounds_and_reports_a_failed_export(
    tmp_path: Path,
) -> None:
    from roleplay.tui.board.screen import BoardScreen

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    store.join(w.id, "Ann")
    bob = store.join(w.id, "Bob")
    store.leave(bob.id)
    app = BoardApp(store, w, interval=0.2, export_dir=tmp_path / "missing")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.snapshot is not None, "the first snapshot")
        table = app.screen.query_one(DataTable)
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert names == ["Ann", "Bob (left)"]
        assert "2 joined, 1 active" in str(app.screen.query_one("#round").render())
        await pilot.press("a")
        await wait_until(
            pilot,
            lambda: "all rounds" in str(app.screen.query_one("#refresh").render()),
            "the all-rounds view",
        )
        assert isinstance(app.screen, BoardScreen) and app.screen.all_rounds
        await pilot.press("x", "x")  # the second stop finds no open round
        await wait_until(
            pilot,
            lambda: any("No round was open." in str(n.message) for n in app._notifications),
            "the notice",
        )
        await pilot.press("m")  # export Markdown into a folder that does not exist
        await wait_until(
            pilot,
            lambda: any("RP725" in str(n.message) for n in app._notifications),
            "the export error",
        )
    assert not (tmp_path / "missing").exists()
    sessions.close()


async def test_too_many_wrong_codes_close_the_participant_app() -> None:
    from roleplay.storage.workshop.joining import MAX_CODE_TRIES

    store, sessions, app = _participant_app("ABC234")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, JoinScreen), "the join form")
        await pilot.press(*"Ann", "enter")
        for _ in range(MAX_CODE_TRIES):
            await pilot.press(*"nope99", "enter")
            await pilot.pause()
        await wait_until(pilot, lambda: app.return_value is not None, "the app closing")
    assert app.return_value == 3 and app.participant is None  # run_participant exits 3
    sessions.close()


async def test_a_round_closed_after_joining_sends_the_participant_to_the_lobby() -> None:
    store, sessions, app = _participant_app(None)
    w = app.workshop
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: app.participant is not None, "joined")
        store.stop_round(w.id)
        await pilot.press("enter")  # start the scenario: too late
        await wait_until(pilot, lambda: isinstance(app.screen, LobbyScreen), "the lobby")
        assert any("The round is closed" in str(n.message) for n in app._notifications)
    sessions.close()


def test_closing_the_participant_app_marks_them_left(monkeypatch: pytest.MonkeyPatch) -> None:
    from roleplay.storage.workshop import board_snapshot
    from roleplay.tui import workshop_app

    store, sessions = _setup(None)
    sessions.close()
    w = store.workshop("Pilot room")

    def play_then_close(self: ParticipantApp) -> int:  # joined, then the tab was closed
        self.participant = self.workshops.join(w.id, "Ann")
        return 0

    monkeypatch.setattr(ParticipantApp, "run", play_then_close)
    assert workshop_app.run_participant(w.id) == 0
    (ann,) = board_snapshot(store.conn, w.id).participants
    assert ann.left and not ann.active


async def test_a_name_taken_by_another_browser_is_refused_with_its_code_and_what_to_do() -> None:
    from textual.widgets import Static

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    store.join(w.id, "Ann", show_name=False, owner="first-browser")
    app = ParticipantApp(w, store, sessions, workshop_entries(w), owner="second-browser")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, JoinScreen), "the join form")
        await pilot.press(*"ann", "enter")
        await pilot.pause()
        assert app.participant is None
        shown = str(app.screen.query_one("#join-error", Static).render())
        assert "RP832" in shown and "'Ann' is taken" in shown
        assert "choose another display name" in shown
    sessions.close()


async def test_a_board_refresh_that_fails_says_why_with_its_code_and_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a security probe: the board showed a failed refresh as the exception's bare
    text (no code, no hint), unescaped; a locked database now reads "Refresh failed: error:
    RP702 ... (close other roleplay windows ...)" and control characters show as escapes."""
    from textual.widgets import Static

    from roleplay.errors import StorageError
    from roleplay.tui.board import screen as board_screen
    from roleplay.tui.board.messages import SnapshotFailed

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")

    def locked(*args: object, **kwargs: object) -> object:
        raise StorageError("RP702", "db \x1b[2J is locked", hint="close other roleplay windows")

    app = BoardApp(store, w, interval=30, export_dir=tmp_path)
    monkeypatch.setattr(board_screen, "current_board", locked)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(
            pilot,
            lambda: "Refresh failed" in str(app.screen.query_one("#refresh", Static).render()),
            "the failed refresh",
        )
        shown = str(app.screen.query_one("#refresh", Static).render())
        assert "RP702 db \\x1b[2J is locked (close other roleplay windows)" in shown
        app.screen.post_message(SnapshotFailed("raw \x1b]0;t\x07"))
        await wait_until(
            pilot,
            lambda: "raw" in str(app.screen.query_one("#refresh", Static).render()),
            "the second message",
        )
        assert "\x1b" not in str(app.screen.query_one("#refresh", Static).render())
    sessions.close()


@pytest.mark.parametrize("width", [80, 120])
async def test_every_key_in_the_board_footer_fits_an_80_column_projector(
    tmp_path: Path, width: int
) -> None:
    """Found by a newcomer: at 80 columns the board's footer ended at "m Exp": "a" (all rounds)
    and "q" (quit) could not be seen, and the board has no help screen. The rounds, the debrief
    and quit come first; the two exports (also in the debrief screen's footer) come last and
    are all shown from 120 columns."""
    from textual.widgets._footer import FooterKey

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    app = BoardApp(store, w, interval=30, export_dir=tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)), "the footer")
        keys = {k.key: k for k in app.screen.query(FooterKey)}
        shown = {"s", "x", "d", "a", "q"} | ({"e", "m"} if width >= 120 else set())
        assert shown <= set(keys)
        for key in shown:
            assert keys[key].region.right <= width, (key, keys[key].region)
        await pilot.press("e")  # still exports from the board itself
        await wait_until(pilot, lambda: any(tmp_path.iterdir()), "the export")
    sessions.close()


@pytest.mark.parametrize("width", [80, 200])
async def test_every_board_column_shows_at_80_columns_with_a_long_name(
    tmp_path: Path, width: int
) -> None:
    """Found by a trainer: at 80 columns a long display name pushed "Where they are", the
    scores and "Overall" off the screen (the table scrolled sideways). The three text columns
    now give way with an ellipsis; at 200 columns nothing is cut."""
    long_name = "Ann Marie Louise Bergström-Villanueva"  # 38 of the 40 characters allowed
    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    store.join(w.id, long_name)
    store.join(w.id, "Bob")
    app = BoardApp(store, w, interval=30, export_dir=tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_until(pilot, lambda: app.snapshot is not None, "the first snapshot")
        table = app.screen.query_one(DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "the rows")
        await pilot.pause()
        used = sum(c.get_render_width(table) for c in table.ordered_columns)
        assert used <= table.size.width, (used, table.size.width)
        assert [str(c.label) for c in table.ordered_columns][-1] == "Overall"
        widths = [c.get_render_width(table) for c in table.ordered_columns]
        name_width = widths[0] - 2 * table.cell_padding
        if width == 80:
            assert name_width < len(long_name)
        else:
            assert name_width >= len(long_name)


async def test_f1_opens_the_board_help_listing_every_board_key(tmp_path: Path) -> None:
    """Found by a trainer: F1 opened help everywhere else in roleplay but did nothing on the
    board, whose footer cannot show every key at 80 columns."""
    import io

    from rich.console import Console

    from roleplay.tui.board.help_screen import BoardHelpScreen, render_board_help
    from roleplay.tui.board.screen import BoardScreen

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    app = BoardApp(store, w, interval=30, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.snapshot is not None, "the first snapshot")
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, BoardHelpScreen), "the help")
        help_screen = app.screen
        assert isinstance(help_screen, BoardHelpScreen)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(render_board_help(help_screen.keys_shown))
        shown = console.export_text()
        for binding in BoardScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.description in shown
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, BoardScreen), "the board again")
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, BoardHelpScreen), "the help")
    sessions.close()


def test_fit_widths_keeps_narrow_columns_and_shares_the_rest() -> None:
    from roleplay.tui.board.widgets import MIN_TEXT_WIDTH, fit_widths

    assert fit_widths([10, 20, 30], 100) == [10, 20, 30]  # everything fits: untouched
    assert fit_widths([4, 25, 30], 41) == [4, 19, 18]  # the narrow one keeps its width
    assert sum(fit_widths([45, 25, 30], 41)) == 41
    assert fit_widths([45, 25, 30], 10) == [MIN_TEXT_WIDTH] * 3  # never less than readable


async def test_a_participant_cannot_switch_the_facilitators_exam_mode() -> None:
    """probe19: `serve --mode exam` hides the scores until the debrief, but the participant's
    picker offered F4 (and its footer key) to switch to coach mode."""
    from roleplay.tui.screens.picker import PickerScreen

    store, sessions = _setup(None)
    w = store.workshop("Pilot room")
    app = ParticipantApp(w, store, sessions, workshop_entries(w), mode="exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen), "the picker")
        await pilot.press("f4")
        await pilot.pause()
        assert app.mode == "exam"
        footer = app.screen.query_one(Footer)
        assert "toggle_mode" not in [k.action for k in footer.query("FooterKey")]  # type: ignore[attr-defined]
        assert "set by the facilitator" in str(app.screen.query_one("#mode").render())
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConversationScreen), "playing")
        assert app.screen.session.mode == "exam"  # type: ignore[attr-defined]
    sessions.close()


async def test_the_round_bar_keeps_the_room_counts_at_80_columns() -> None:
    """probe19: at 80 columns (a projector's big font) the one-line round bar cut its counts
    after 'N joined, N active, N' when the workshop's name was long; it wraps instead."""
    from textual.widgets import Static

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop(
        "Customer conversations for the payments team",
        [PLAY_BUDGET],
        join_code=None,
        max_participants=5,
    )
    store.start_round(w.id)
    store.join(w.id, "Ann")
    app = BoardApp(store, w, interval=0.2)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.snapshot is not None, "the first snapshot")
        bar = app.screen.query_one("#round", Static)
        await wait_until(pilot, lambda: "replies" in str(bar.render()), "the counts")
        await pilot.pause()
        cells = len(str(bar.render()))  # one cell a character here (ASCII)
        width = bar.content_size.width
        assert cells > width  # the name is long enough to need a second line
        assert bar.content_size.height * width >= cells, "the counts were cut"
