"""Pilot tests: play budget_pushback through the UI to each ending, rewind, switch modes."""

from __future__ import annotations

from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.debrief import DebriefScreen
from roleplay.tui.screens.picker import PickerScreen
from roleplay.tui.widgets.chat_log import ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.score_card import ScoreCard

from .helpers import (
    BAD_REPLIES,
    GOOD_REPLIES,
    budget,
    end_here,
    make_app,
    say,
    say_until_ended,
    settle,
)


async def test_picker_starts_a_scenario_and_plays_to_success() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"budget")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.scenario.id == "budget_pushback"
        for reply in GOOD_REPLIES:
            await say(pilot, app, reply)
        assert screen.session.outcome == "success"
        assert len(screen.query(ScoreCard)) == len(GOOD_REPLIES)
        assert screen.query_one(ReplyInput).disabled
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.debrief.outcome == "success"


async def test_rude_replies_end_in_failure_and_debrief_opens() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say_until_ended(pilot, app, BAD_REPLIES)
        assert screen.session.outcome == "failure"
        debrief = await end_here(pilot, app)  # over: F5 opens the debrief without asking
        assert not debrief.debrief.passed


async def test_rewind_takes_back_a_turn_and_debrief_compares_both_answers() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say(pilot, app, BAD_REPLIES[0])
        assert screen.session.turn == 1
        await pilot.press("f3")
        await pilot.pause()
        assert screen.session.turn == 0
        assert len(screen.query(".rewound")) >= 2  # the undone reply stays, greyed out
        await say(pilot, app, GOOD_REPLIES[0])
        assert screen.session.turn == 1
        await end_here(pilot, app)  # end here: abandons and opens the debrief
        await pilot.pause()
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        (comparison,) = debrief.debrief.rewinds
        assert comparison.first_reply == BAD_REPLIES[0]
        assert comparison.second_reply == GOOD_REPLIES[0]
        assert comparison.second_overall is not None
        assert comparison.second_overall > comparison.first_overall


async def test_rewind_from_the_debrief_returns_to_the_conversation() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        conv = app.screen
        assert isinstance(conv, ConversationScreen)
        await say_until_ended(pilot, app, BAD_REPLIES)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        turns = conv.session.turn
        await pilot.press("r")
        await pilot.pause()
        assert id(app.screen_stack[-1]) == id(conv)  # back on the same conversation
        assert conv.session.turn == turns - 1
        assert not conv.session.ended
        assert not conv.query_one(ReplyInput).disabled


async def test_exam_mode_hides_scores_until_the_debrief() -> None:
    app = make_app(budget(), mode="exam")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say(pilot, app, GOOD_REPLIES[0])
        assert screen.session.turn == 1
        assert len(screen.query(ScoreCard)) == 0
        await pilot.press("f2")  # no hints in exam mode
        await pilot.pause()
        assert not screen.hint_shown
        await end_here(pilot, app)
        await pilot.pause()
        assert len(app.screen.query(ScoreCard)) == 1  # every turn is scored in the debrief


async def test_mode_switches_in_the_picker() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        assert app.mode == "coach"
        await pilot.press("f4")
        assert app.mode == "exam"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.mode == "exam"


async def test_hint_shows_the_states_hint_in_coach_mode() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert screen.hint_shown
        hint = str(screen.query_one("#hint").render())
        assert "Acknowledge the pressure" in hint
        await pilot.press("escape")
        assert not screen.hint_shown


async def test_shift_enter_and_ctrl_j_insert_newlines() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await pilot.press("a", "ctrl+j", "b", "shift+enter", "c")
        box = screen.query_one(ReplyInput)
        assert box.text == "a\nb\nc"
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(screen, ConversationScreen)
        assert screen.session.turns[0].reply == "a\nb\nc"


async def test_new_scenario_from_debrief_returns_to_picker() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await end_here(pilot, app)
        await pilot.pause()
        await pilot.press("n")
        await settle(pilot, app)
        assert isinstance(app.screen, PickerScreen)
        assert len(app.screen_stack) == 2


async def test_play_again_starts_a_fresh_session() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await end_here(pilot, app)
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.session.turn == 0
        assert len(screen.query_one(ChatLog).lines()) == 2  # the intro and the opening line
