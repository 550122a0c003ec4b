"""A reply pasted in the browser arrives whole: xterm.js sends a paste bracketed, ESC and all,
as a terminal does, and the participant's app reads it through the paste guard
(roleplay.tui.paste_driver.PasteGuardWebDriver). Before, Textual's browser driver sent the
characters after a pasted ESC as key presses, and the saved reply came out scrambled."""

from __future__ import annotations

from roleplay.storage.workshop import open_workshop_db

from ..budget import PLAY_BUDGET
from .serving import start_serve, stop
from .ws_browser import WsBrowser, kill_leftovers

PASTED = (
    "Friday is tight.\x1bBefore I commit, is the board after the annual number or this quarter?"
)
SAVED = "Friday is tight.Before I commit, is the board after the annual number or this quarter?"


async def test_a_reply_pasted_in_the_browser_is_saved_whole() -> None:
    serve, port = start_serve("--workshop", "Paste room", "--scenario", PLAY_BUDGET)
    browser = WsBrowser(port)
    try:
        await browser.open()
        await browser.wait_for("Join the workshop")
        await browser.type("Pat\r")
        await browser.wait_for("Pick a scenario")
        await browser.type("\r")  # the only scenario
        await browser.wait_for("Type your reply")
        await browser.type(f"\x1b[200~{PASTED}\x1b[201~")  # as xterm.js sends a paste
        await browser.wait_for("quarter?")  # in the reply box, not yet sent
        await browser.type("\r")
        await browser.wait_for("Collaboration")  # the score card: the reply was sent
        await browser.close()
    finally:
        kill_leftovers(serve.pid)
        log = stop(serve)
    conn, _ = open_workshop_db()
    try:
        replies = [r[0] for r in conn.execute("SELECT reply FROM turns")]
    finally:
        conn.close()
    assert replies == [SAVED], log
