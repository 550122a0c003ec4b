"""A pasted reply arrives whole: an ESC, colour codes or control characters inside a bracketed
paste are removed, never read as keys, and the paste is never cut (roleplay.tui.paste).

Before, Textual's parser (pinned 8.2.8) read an ESC inside a paste as the start of a key
sequence: the 32 characters after it arrived as key presses ahead of the paste (the ESC as
``^``), and a paste that ended in ESC pressed Escape."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

from roleplay.tui.paste import PASTE_END, PASTE_START, PasteGuard, pasted_text
from roleplay.tui.widgets.reply_input import ReplyInput

from ..budget import BUDGET
from .helpers import budget, make_app, settle, wait_until
from .terminal import Terminal, saved_replies

TEXT = "Friday is tight.\x1bBefore I commit, is the board after the annual number or this quarter?"
WHOLE = "Friday is tight.Before I commit, is the board after the annual number or this quarter?"
WIRE = f"{PASTE_START}{TEXT}{PASTE_END}"


def _events(pieces: list[str], *, guarded: bool = True) -> list[Message]:
    """What Textual's parser makes of ``pieces`` read one after another from the terminal."""
    guard, parser = PasteGuard(), XTermParser()
    out: list[Message] = []
    for piece in pieces:
        passed = guard.feed(piece) if guarded else piece
        if passed:
            out.extend(parser.feed(passed))
    return out


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


# -- the text a paste puts in --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("plain words", "plain words"),
        ("a\x1bsecond", "asecond"),  # a stray ESC goes, the letter after it stays
        ("colour \x1b[31mred\x1b[0m text", "colour red text"),  # copied terminal output
        ("see \x1b]8;;https://x.test\x1b\\the doc\x1b]8;;\x1b\\ here", "see the doc here"),
        ("title\x1b]0;window\x07 done", "title done"),
        ("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),  # Windows, old Mac, Unix breaks
        ("bell\x07 nul\x00 del\x7f csi\x9b tab\tkept", "bell nul del csi tab\tkept"),
        ("ends in escape\x1b", "ends in escape"),
        (
            "café — 中文 😀 \u202e",
            "café — 中文 😀 \u202e",
        ),  # text, not controls (bidi: shown later)
    ],
)
def test_a_paste_keeps_its_text_and_loses_its_controls(raw: str, text: str) -> None:
    assert pasted_text(raw) == text


# -- the guard between the terminal and the parser -------------------------------------------------


def test_textual_alone_turns_a_pasted_escape_into_key_presses() -> None:
    """The defect, at the pinned Textual: keep this failing-before picture honest."""
    keys = [e for e in _events([WIRE], guarded=False) if isinstance(e, events.Key)]
    assert keys[0].character == "^"  # the ESC, pressed as "^", then the words after it
    (paste,) = [e for e in _events([WIRE], guarded=False) if isinstance(e, events.Paste)]
    assert paste.text != WHOLE


@pytest.mark.parametrize("size", [1, 2, 3, 5, 6, 7, 64, len(WIRE)])
def test_a_paste_arrives_whole_however_the_reads_split_it(size: int) -> None:
    got = _events(_pieces(WIRE, size))
    assert [type(e) for e in got] == [events.Paste]
    assert got[0].text == WHOLE  # type: ignore[attr-defined]


def test_a_paste_that_ends_in_escape_presses_no_escape_key() -> None:
    got = _events([f"{PASTE_START}I can phase it\x1b{PASTE_END}"])
    assert [(type(e), getattr(e, "text", None)) for e in got] == [(events.Paste, "I can phase it")]
    bare = _events([f"{PASTE_START}I can phase it\x1b{PASTE_END}"], guarded=False)
    assert any(isinstance(e, events.Key) for e in bare)  # before: a key was pressed


def test_keys_around_a_paste_are_keys_in_their_order() -> None:
    wire = f"ab{PASTE_START}one\x1b[1mtwo{PASTE_END}{PASTE_START}three{PASTE_END}c\r"
    for size in (1, 4, len(wire)):
        got = _events(_pieces(wire, size))
        said = [e.key if isinstance(e, events.Key) else e.text for e in got]  # type: ignore[attr-defined]
        assert said == ["a", "b", "onetwo", "three", "c", "enter"]


def test_outside_a_paste_nothing_is_held_back() -> None:
    guard = PasteGuard()
    assert guard.feed("\x1b") == "\x1b"  # the Escape key is passed on at once
    assert guard.feed("[A") == "[A"
    assert guard.feed("\x1b[20") == "\x1b[20"  # a start marker split across reads ...
    assert guard.feed("0~held") == "0~"  # ... is passed on; the paste after it is held
    assert guard.in_paste
    assert guard.feed(" back\x1b[20") == ""
    assert guard.feed("1~x") == "held back" + PASTE_END + "x"
    assert not guard.in_paste


# -- in the app ---------------------------------------------------------------------------------


async def test_a_pasted_reply_with_an_escape_is_sent_whole() -> None:
    """The terminal's bytes through the guard and Textual's parser into the running app."""
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        box = app.screen.query_one(ReplyInput)
        box.focus()
        for event in _events(_pieces(WIRE + "\r", 7)):
            app.post_message(event)
        session = app.screen.session  # type: ignore[attr-defined]
        await wait_until(pilot, lambda: session.turn == 1, "the pasted reply sent")
        await settle(pilot, app)
        assert session.turns[-1].reply == WHOLE
        assert box.text == ""


async def test_a_paste_that_comes_another_way_loses_its_controls_in_the_box() -> None:
    """A Paste event not read through the guard (the browser, Windows) obeys the same rule,
    and goes in once."""
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        box = app.screen.query_one(ReplyInput)
        box.focus()
        pasted = "Friday \x1b[1mis\x1b[0m tight.\r\nCan we phase it?\x07"
        app.post_message(events.Paste(pasted))  # as a driver does: the app forwards it
        await pilot.pause()
        assert box.text == "Friday is tight.\nCan we phase it?"
        assert app.screen.session.turn == 0  # type: ignore[attr-defined]


def test_the_app_reads_a_terminal_and_the_browser_through_the_guard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual import constants

    if sys.platform == "win32":
        pytest.skip("Textual's Windows driver reads console events, not a byte stream")
    from roleplay.tui.paste_driver import PasteGuardDriver, PasteGuardWebDriver

    assert make_app().driver_class is PasteGuardDriver
    monkeypatch.setattr(constants, "DRIVER", "textual.drivers.linux_driver:LinuxDriver")
    assert make_app().driver_class is not PasteGuardDriver  # a driver named by TEXTUAL_DRIVER
    monkeypatch.setattr(constants, "DRIVER", "textual.drivers.web_driver:WebDriver")
    assert make_app().driver_class is PasteGuardWebDriver  # textual-serve's: the browser


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_the_real_program_saves_a_pasted_reply_whole(_isolated_home: Path) -> None:
    term = Terminal("play", str(BUDGET), "--seed", "3")
    try:
        term.wait_for(b"Type your reply")
        term.type(WIRE)
        term.type("\r")
        term.wait_until(lambda: saved_replies() == [WHOLE], "the pasted reply saved")
    finally:
        term.close()
