"""Pilot tests: literal text, cancelling a score, hooks, broken files, rebinding, help, palette."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text
from textual.pilot import Pilot
from textual.widget import Widget

from roleplay.engine import Session, TurnResult
from roleplay.errors import StorageError
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import load_config
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.help import HelpScreen, render_help
from roleplay.tui.screens.picker import PickerScreen
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import (
    BAD_REPLIES,
    BUDGET,
    GOOD_REPLIES,
    LIBRARY,
    HeldScorer,
    budget,
    conversation_ready,
    end_here,
    make_app,
    picker_ready,
    say,
    settle,
    wait_until,
)

HOSTILE = "[bold red]boom[/] \x1b[31mred\x1b[0m bell\x07 end"


def _text_of(widget: Bubble) -> str:
    return str(widget.render())


async def test_markup_ansi_and_control_characters_are_shown_literally() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, HOSTILE)
        bubbles = [b for b in app.screen.query(Bubble) if b.who == "You"]
        shown = _text_of(bubbles[-1])
        assert "[bold red]boom[/]" in shown
        assert "\\x1b[31mred\\x1b[0m" in shown
        assert "\\x07" in shown
        assert "\x1b" not in shown and "\x07" not in shown


async def _send(pilot: Pilot[int], app: RoleplayApp, text: str) -> ConversationScreen:
    """Type ``text`` in the conversation's reply box and press Enter."""
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ConversationScreen)
    screen.query_one(ReplyInput).insert(text)
    await pilot.press("enter")
    return screen


def _mine(screen: ConversationScreen) -> list[Bubble]:
    return [b for b in screen.query(Bubble) if b.who == "You"]


async def test_escape_cancels_a_pending_score_and_returns_the_text() -> None:
    slow = HeldScorer(wait=5)
    app = make_app(budget(), scorer=slow)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, app, "a reply I regret")
        box = screen.query_one(ReplyInput)
        await pilot.pause()
        assert screen.pending is not None
        await pilot.press("x", "y")  # typing goes on while the worker scores
        await pilot.press("escape")
        await pilot.pause()
        assert screen.pending is None
        slow.release.set()
        await settle(pilot, app)
        assert screen.session.turn == 0  # the late result was ignored
        assert box.text == "xy"  # the box was not empty, so nothing was overwritten
        assert not _mine(screen)


async def test_a_slow_score_shows_the_reply_as_pending_then_scored() -> None:
    """A score that comes quickly is shown with the reply in one frame; one that takes longer
    than the hold shows the reply greyed ("pending") meanwhile, then scored with its card."""
    from roleplay.tui.widgets.score_card import ScoreCard

    slow = HeldScorer(wait=5)
    app = make_app(budget(), scorer=slow)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, app, "I hear you, Friday is tight.")
        await wait_until(pilot, lambda: len(_mine(screen)) == 1, "the reply shown while scoring")
        assert _mine(screen)[0].has_class("pending") and not screen.query(ScoreCard)
        slow.release.set()
        await wait_until(pilot, lambda: bool(screen.query(ScoreCard)), "the score card")
        assert len(_mine(screen)) == 1 and not _mine(screen)[0].has_class("pending")
        assert screen.session.turn == 1


class _Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []
        self.app: object = None

    def _lines(self) -> int:
        screen = self.app.screen  # type: ignore[attr-defined]
        return len([b for b in screen.query(Bubble) if b.who != "You"])

    def started(self, session: Session) -> None:
        self.events.append(("started", session.turn))

    def turn(self, session: Session, result: TurnResult) -> None:
        self.events.append(("turn", self._lines()))

    def rewound(self, session: Session, undone_turn: TurnResult) -> None:
        self.events.append(("rewound", undone_turn.turn))

    def resumed(self, session: Session) -> None:
        self.events.append(("resumed", session.turn))

    def ended(self, session: Session) -> None:
        self.events.append((f"ended:{session.outcome}", session.turn))


async def test_recorder_hooks_are_called_in_order_before_the_next_line() -> None:
    rec = _Recorder()
    app = make_app(budget(), recorder=rec)
    rec.app = app
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("f3")
        await pilot.pause()
        await end_here(pilot, app)
        await pilot.pause()
    assert rec.events == [("started", 0), ("turn", 1), ("rewound", 1), ("ended:abandoned", 0)]


async def test_a_failing_recorder_does_not_crash_the_conversation() -> None:
    class Broken(_Recorder):
        def turn(self, session: Session, result: TurnResult) -> None:
            raise StorageError("RP704", "disk full")

    app = make_app(budget(), recorder=Broken())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        assert app.screen.session.turn == 1  # type: ignore[attr-defined]
        assert any("RP704 disk full" in n.message for n in app._notifications)


async def test_exporter_is_called_from_the_debrief() -> None:
    seen: list[Session] = []

    def exporter(session: Session) -> str:
        seen.append(session)
        return "/tmp/report.html"

    app = make_app(budget(), exporter=exporter)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await end_here(pilot, app)
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        await pilot.press("x")
        await pilot.pause()
    assert len(seen) == 1


async def test_best_scores_show_in_the_picker() -> None:
    app = make_app(best_scores={"budget_pushback": 81}, scenario_dir=LIBRARY)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot, app)
        table = app.screen.query_one("#scenarios")
        row = table.get_row_at(0)  # type: ignore[attr-defined]
        assert str(row[-1]) == "81"


async def test_broken_scenario_file_shows_its_error_in_the_picker(tmp_path: Path) -> None:
    (tmp_path / "a_good.yaml").write_text(BUDGET.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b_broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    app = make_app(scenario_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [e.playable for e in picker.shown] == [True, False]
        await pilot.press("down")
        detail = str(picker.query_one("#detail").render())
        assert "cannot be played" in detail and "b_broken.yaml" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)  # refused, still here


async def test_rebound_keys_work_and_help_lists_them(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('theme = "light"\n[keys]\nhint = "f10"\nrewind = "ctrl+k,f3"\n')
    app = make_app(budget(), config=load_config(cfg))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert app.theme == "textual-light"
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await pilot.press("f10")
        await pilot.pause()
        assert screen.hint_shown
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(render_help(app.keymap, "", "conversation"))
        shown = console.export_text()
        assert "F10" in shown and "Ctrl+K / F3" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen_stack[-1] is screen


async def test_help_opens_with_question_mark_outside_the_reply_box() -> None:
    """ "?" opens help (the picker's keys first) where it cannot be text, closes it again, and in
    the reply box it is just a question mark."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        picker = app.screen
        picker.query_one("#scenarios").focus()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen) and help_screen.first == "picker"
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen_stack[-1] is picker
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        assert app.focused is box
        await pilot.press(*"why", "question_mark")
        await pilot.pause()
        assert box.text == "why?"
        assert not any(isinstance(s, HelpScreen) for s in app.screen_stack)


async def test_palette_lists_and_runs_screen_actions() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say(pilot, app, BAD_REPLIES[0])
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"rewind")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert screen.session.turn == 0


async def test_theme_toggles_between_light_and_dark() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        dark = app.current_theme.dark
        await pilot.press("f9")
        assert app.current_theme.dark is not dark


def _inside(widget: Widget, width: int = 80, height: int = 24) -> bool:
    region = widget.region
    return (
        region.width > 0
        and region.height > 0
        and region.right <= width
        and (region.bottom <= height)
    )


async def test_whole_game_fits_80_by_24() -> None:
    """At 80x24 every turn leaves the reply box, the status line and the newest line of the
    conversation on screen, and the debrief opens with its verdict visible."""
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        for reply in GOOD_REPLIES:
            await say(pilot, app, reply)
            screen = app.screen
            chat = screen.query_one(ChatLog)
            assert _inside(chat) and chat.size.height >= 8
            assert _inside(screen.query_one("#status"))
            newest = list(chat.query(Bubble))[-1]
            assert newest.region.height > 0  # scrolled into view, not below the fold
            assert chat.region.contains_region(newest.region) or chat.region.overlaps(newest.region)
            if not screen.session.ended:  # type: ignore[attr-defined]
                assert _inside(screen.query_one(ReplyInput))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DebriefScreen), "the debrief")
        verdict = app.screen.query_one("#verdict")
        assert _inside(verdict)


def _exit_messages(app: RoleplayApp) -> list[object]:
    """What the app will print on the terminal as it exits (App.exit's ``message``)."""
    said: list[object] = []
    exit_app = app.exit

    def exit_spy(*args: Any, **kwargs: Any) -> None:
        said.append(kwargs.get("message"))
        exit_app(*args, **kwargs)

    app.exit = exit_spy  # type: ignore[method-assign]
    return said


async def test_quitting_while_a_reply_is_scored_says_it_was_not_saved_and_gives_it_back() -> None:
    """Found by a newcomer: Ctrl+Q right after Enter closed the app and the reply (typed, sent,
    still being scored) was gone without a word; it is no answered turn, so it is not saved,
    but the terminal now says so and shows its words."""
    slow = HeldScorer(wait=5)
    app = make_app(budget(), scorer=slow)
    said = _exit_messages(app)
    reply = "Friday is tight [bold]for you[/bold]"
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _send(pilot, app, reply)
        await pilot.pause()
        assert screen.pending is not None
        await pilot.press("ctrl+q")
        await pilot.pause()
    slow.release.set()
    assert len(said) == 1 and isinstance(said[0], Text)
    assert said[0].plain == (
        "You quit before your last reply was scored, so it was not saved (the replies "
        f"before it were). It was:\n{reply}"
    )
    assert screen.session.turn == 0


async def test_quitting_with_a_reply_typed_in_the_box_gives_it_back() -> None:
    """Ctrl+Q just after Enter can reach the app before the reply is sent (seen in a real
    terminal): the words still in the box are shown on the terminal, not lost."""
    app = make_app(budget())
    said = _exit_messages(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        screen.query_one(ReplyInput).insert("half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert len(said) == 1 and isinstance(said[0], Text)
    assert said[0].plain.endswith("It was:\nhalf a thought")
