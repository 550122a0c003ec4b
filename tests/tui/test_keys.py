"""Keys with the reply box focused, keyboard scrolling of the chat, and what each mode offers."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Footer

from roleplay.cli.tui_storage import StoreHistory
from roleplay.storage import SessionStore
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import load_config
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.widgets.chat_log import ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.side_panel import SidePanel

from .helpers import (
    BAD_REPLIES,
    GOOD_REPLIES,
    budget,
    conversation_ready,
    make_app,
    say,
    wait_until,
)


def _focused_box(app: RoleplayApp) -> ReplyInput:
    box = app.screen.query_one(ReplyInput)
    box.focus()
    return box


async def test_f6_and_f7_work_while_the_reply_box_has_focus() -> None:
    store = SessionStore.open()
    app = make_app(budget(), history=StoreHistory(store))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        box = _focused_box(app)
        box.insert("half a reply")
        await pilot.pause()
        assert app.focused is box
        panel = screen.query_one(SidePanel)
        await pilot.press("f7")
        await wait_until(pilot, lambda: panel.has_class("hidden"), "the side panel hidden")
        assert box.text == "half a reply" and box.selected_text == ""  # not "select all"
        await pilot.press("f7")
        await wait_until(pilot, lambda: not panel.has_class("hidden"), "the side panel back")
        await pilot.press("f6")
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history")
        assert box.text == "half a reply"
    store.close()


async def test_a_key_rebound_onto_a_reply_box_key_still_works_there(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\nhint = "ctrl+k"\n')  # ctrl+k deletes to the line end in a TextArea
    app = make_app(budget(), config=load_config(cfg))
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        box = _focused_box(app)
        box.insert("keep me")
        box.move_cursor((0, 0))
        await pilot.press("ctrl+k")
        await wait_until(pilot, lambda: screen.hint_shown, "the hint shown")
        assert box.text == "keep me"


async def _long_chat(pilot: Pilot[int], app: RoleplayApp) -> ChatLog:
    for reply in BAD_REPLIES[:2]:
        await say(pilot, app, reply)
    chat = app.screen.query_one(ChatLog)
    await wait_until(pilot, lambda: chat.max_scroll_y > 5, "a chat taller than the screen")
    return chat


async def test_page_keys_and_ctrl_home_end_scroll_the_chat_from_the_reply_box() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        chat = await _long_chat(pilot, app)
        box = _focused_box(app)
        box.insert("typing goes on")
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y, "the newest line")
        bottom = chat.scroll_y
        await pilot.press("pageup")
        await wait_until(pilot, lambda: chat.scroll_y < bottom, "a page up")
        await pilot.press("ctrl+home")
        await wait_until(pilot, lambda: chat.scroll_y == 0, "the top of the chat")
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: chat.scroll_y > 0, "a page down")
        await pilot.press("ctrl+end")
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y, "the bottom again")
        assert app.focused is box and box.text == "typing goes on"


async def test_arrows_scroll_the_chat_only_while_the_reply_box_is_empty() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        chat = await _long_chat(pilot, app)
        box = _focused_box(app)
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y, "the newest line")
        bottom = chat.scroll_y
        await pilot.press("up", "up")
        await wait_until(pilot, lambda: chat.scroll_y < bottom, "two lines up")
        await pilot.press("down", "down")
        await wait_until(pilot, lambda: chat.scroll_y == bottom, "back down")
        box.insert("first line\nsecond")
        await pilot.press("up")  # with text, the arrows move the cursor as usual
        await pilot.pause()
        assert box.cursor_location[0] == 0
        assert chat.scroll_y == chat.max_scroll_y  # the chat stayed at its newest line


async def test_a_new_reply_scrolls_into_view_after_scrolling_up() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        chat = await _long_chat(pilot, app)
        chat.scroll_home(animate=False)  # what a mouse wheel up does
        await wait_until(pilot, lambda: chat.scroll_y == 0, "scrolled up")
        await say(pilot, app, GOOD_REPLIES[0])
        await wait_until(
            pilot, lambda: chat.scroll_y == chat.max_scroll_y > 0, "the new reply in view"
        )


async def test_exam_footer_offers_no_hint() -> None:
    app = make_app(budget(), mode="exam")
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        keys = [k.description for k in footer.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Rewind" in keys and "Hint" not in keys


async def test_the_palette_lists_each_command_once() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await pilot.press("ctrl+p")
        await wait_until(
            pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette"
        )
        palette = app.screen
        options = palette.query_one("CommandList")

        def titles() -> list[str]:
            return [str(o.prompt).split("\n")[0].strip() for o in options._options]  # type: ignore[attr-defined]

        await wait_until(pilot, lambda: len(titles()) > 5, "the palette's commands")
        shown = titles()
        assert len(shown) == len(set(shown)), shown
        assert any(t.startswith("Quit") for t in shown)


async def test_tab_focuses_the_chat_which_scrolls_with_plain_keys() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        chat = await _long_chat(pilot, app)
        box = _focused_box(app)
        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is chat, "the chat focused")
        await pilot.press("home")
        await wait_until(pilot, lambda: chat.scroll_y == 0, "the top of the chat")
        await pilot.press("down")
        await wait_until(pilot, lambda: chat.scroll_y == 1, "a line down")
        await pilot.press("enter")  # back to the reply box while the conversation goes on
        await wait_until(pilot, lambda: app.focused is box, "the reply box focused")


async def test_the_reply_box_has_focus_from_the_start() -> None:
    app = make_app(budget())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        assert app.focused is box  # not the (focusable) chat, even for a moment
        await pilot.press(*"hi")
        assert box.text == "hi"
