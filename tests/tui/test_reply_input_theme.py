"""The reply box applies its theme's CSS fallbacks only when they can have changed
(``ReplyInput.render_lines``); what it applied always equals what Textual's TextArea, which
applies them on every draw, would apply now (Textual is pinned; this catches a change)."""

from __future__ import annotations

import dataclasses

from textual.widgets import TextArea
from textual.widgets.text_area import TextAreaTheme

from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import budget, conversation_ready, make_app, wait_until


def _as_textual_would(box: ReplyInput) -> TextAreaTheme:
    """The box's theme as Textual's TextArea sets it (``_set_theme``) and applies it on a draw."""
    name = box._theme.name
    found = box._themes.get(name) or TextAreaTheme.get_builtin_theme(name)
    assert found is not None
    theme = dataclasses.replace(found)
    theme.apply_css(box)
    return theme


async def test_the_applied_theme_is_always_textuals() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        box = app.screen.query_one(ReplyInput)
        applied: list[TextAreaTheme] = []

        async def drawn() -> None:
            box.refresh()
            await pilot.pause()
            box.render_lines(box.region.reset_offset)
            theme = box._theme
            assert theme == _as_textual_would(box)
            applied.append(dataclasses.replace(theme))

        await drawn()
        box.insert("a reply")
        await drawn()
        box.blur()
        await drawn()
        box.focus()
        await drawn()
        box.disabled = True
        await drawn()
        box.disabled = False
        await drawn()
        app.theme = "textual-light"
        await wait_until(pilot, lambda: not app.current_theme.dark, "the light theme")
        await drawn()
        await pilot.resize_terminal(80, 24)  # the narrow layout's classes
        await drawn()
        # the states differ (so each check above could have caught a stale theme)
        assert len({repr(t) for t in applied}) >= 3
        assert isinstance(box, TextArea)
