"""The TUI debrief lists the core's advice and a better reply for the weakest turn."""

from __future__ import annotations

from roleplay.tui.screens.debrief import DebriefScreen

from .helpers import GOOD_REPLIES, budget, conversation_ready, end_here, make_app, say, wait_until


async def test_debrief_shows_a_better_reply_from_the_learners_own_rewound_answer() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("f3")
        await wait_until(pilot, lambda: app.screen.session.turn == 0, "the rewind")  # type: ignore[attr-defined]
        await say(pilot, app, "Whatever.")
        await end_here(pilot, app)
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        better = str(screen.query_one("#better-reply").render())
        assert "A better reply for turn 1 (your own best reply to this moment" in better
        assert "I hear you, the board needs 30%" in better
        shown = screen.debrief.advice_to_show()
        assert [a.turn for a in shown] == [1]
        assert "acknowledge how they seemed to feel (pressured)" in shown[0].text()


async def test_a_single_reply_is_not_called_the_strongest() -> None:
    """Found by a newcomer: after one reply (a cave that ended the conversation) the debrief
    called it "Strongest: turn 1"; plain mode and the exports compare turns only when there
    are several."""
    from textual.widgets import Static

    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await end_here(pilot, app)
        shown = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Your reply: turn 1" in shown
        assert "Strongest" not in shown and "Weakest" not in shown


def test_the_turn_chart_says_a_turn_was_not_scored_instead_of_drawing_a_zero() -> None:
    """Found by a learner: a reply in French showed as "T2 ░░░ 0 ·" in the debrief's chart,
    like the worst possible reply; it was never read."""
    from roleplay.tui.widgets.turn_chart import render_chart

    chart = render_chart(
        [61, 0, 44, 0],
        ["beside", "neutral", "beside", "neutral"],
        55,
        [None, "language:fr", None, "gibberish"],
    ).plain.splitlines()
    assert chart[2] == "T2  not scored (in French): counts as 0"
    assert chart[4] == "T4  not scored (random keys): counts as 0"
    assert chart[1].startswith("T1  █") and chart[1].rstrip().endswith("61 ◆")


def test_the_side_panel_says_a_reply_was_not_read_instead_of_neither_side() -> None:
    """Found by a learner: after a reply in French the side panel said "now: neither", as if
    the reply had been read and sat on no side of the table."""
    from roleplay.tui.widgets.trajectory import UNREAD, render_trajectory

    lines = render_trajectory(["beside", UNREAD]).plain.splitlines()
    assert lines[1] == "beside  ● " and lines[2] == "neutral  ?"
    assert lines[-1] == "now: not read (no score)"
    assert render_trajectory(["beside", "neutral"]).plain.splitlines()[-1] == "now: neither"
