"""The TUI refuses a reply over the limit with RP604 and leaves it in the box, uncut."""

from __future__ import annotations

from roleplay.engine.session import MAX_REPLY_CHARS
from roleplay.tui.widgets.chat_log import Bubble
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import budget, make_app, say, settle


async def test_a_reply_over_the_limit_stays_in_the_box_with_a_coded_notice() -> None:
    app = make_app(budget())
    huge = "I hear you. " + "a" * MAX_REPLY_CHARS
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        box = app.screen.query_one(ReplyInput)
        box.focus()
        box.load_text(huge)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.session.turn == 0  # type: ignore[attr-defined]
        assert box.text == huge
        notices = [n.message for n in app._notifications]
        assert any("RP604" in m and "100,012 characters" in m for m in notices)


async def test_bidi_controls_are_shown_as_escapes_in_the_chat() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        await say(pilot, app, "I hear you \u202eevil\u2069 and\u2028more")
        mine = [b for b in app.screen.query(Bubble) if b.who == "You"][-1]
        shown = str(mine.render())
        assert "\\u202eevil\\u2069 and" in shown  # (the reply box itself turns U+2028 into a
        assert "more" in shown  # line break, as str.splitlines does)
        assert not any(ch in shown for ch in "\u202e\u2069\u2028")
