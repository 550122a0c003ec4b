"""The TUI asks before sending a reply the scorer cannot read (engine/unscored_send.py).

Found in review: a stray emoji sent by mistake is a turn that earns nothing and can take a
`< 30` transition that ends the conversation. Now a small dialog asks first: n, Esc or Enter
puts the reply back in the box to edit; y sends it, scored exactly as before (not scored).
"""

from __future__ import annotations

from roleplay.tui.screens.confirm_send import ConfirmSendScreen
from roleplay.tui.widgets.reply_input import ReplyInput

from ..budget import ReadingScorer
from .helpers import GOOD_REPLIES, budget, make_app, say, settle, wait_until


async def test_an_unreadable_reply_is_asked_about_and_kept_back_on_no() -> None:
    app = make_app(budget(), scorer=ReadingScorer())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        conversation = app.screen
        session = conversation.session  # type: ignore[attr-defined]
        box = conversation.query_one(ReplyInput)
        for answer in ("n", "escape", "enter"):  # Enter presses "Keep editing" (focused)
            box.focus()
            if not box.text:
                box.insert("🙂")
            await pilot.press("enter")
            await wait_until(
                pilot, lambda: isinstance(app.screen, ConfirmSendScreen), "the question"
            )
            assert "Send anyway? y/N" in str(app.screen.query_one("Static").render())
            await pilot.press(answer)
            await wait_until(pilot, lambda: app.screen is conversation, "back to the chat")
            await settle(pilot, app)
            assert session.turn == 0 and box.text == "🙂"
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmSendScreen), "asked")
        await pilot.press("y")
        await wait_until(pilot, lambda: session.turn == 1, "the reply sent anyway")
        await settle(pilot, app)
        (turn,) = session.turns
        assert turn.reply == "🙂" and not turn.score.scored and turn.score.reason == "no_words"
        assert box.text == ""


async def test_a_readable_reply_is_sent_without_a_question() -> None:
    app = make_app(budget(), scorer=ReadingScorer())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        assert app.screen.session.turn == 1  # type: ignore[attr-defined]
        assert not isinstance(app.screen, ConfirmSendScreen)


def test_the_two_questions_are_one_dialog() -> None:
    """probe19: confirm_end.py and confirm_send.py were two copies of one dialog (layout,
    focus, keys, answers); each now gives only its words and its yes button."""
    from roleplay.tui.screens.confirm import ConfirmScreen
    from roleplay.tui.screens.confirm_end import ConfirmEndScreen

    for screen in (ConfirmEndScreen, ConfirmSendScreen):
        assert issubclass(screen, ConfirmScreen)
        own = set(vars(screen))
        assert not own & {"compose", "on_mount", "on_button_pressed", "DEFAULT_CSS"}, own
