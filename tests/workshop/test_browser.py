"""A real browser: Debian's chromium (headless) joins a served workshop, replies, sees scores.

Driven through the Chrome DevTools protocol; screenshots go to a temporary folder
(or $ROLEPLAY_TEST_ARTEFACTS/browser/ when set).
If chromium is not installed this test FAILS (CI installs it with apt-get; see .ci/run).
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import pytest

from roleplay.storage.workshop import WorkshopStore, board_snapshot, open_workshop_db

from ..budget import PLAY_BUDGET
from .cdp import TEE_SCRIPT, Browser, chromium_binary
from .serving import ARTEFACTS, screen_text, start_serve, stop

SGR = r"\x1b\[[0-9;]*m"  # a colour or style change
REPLY = "That sounds like real pressure from the board. What does Friday need to look like for you?"


async def drawn(browser: Browser) -> str:
    return screen_text(await browser.evaluate("window.__rpText || ''") or "")


async def wait_for(browser: Browser, needle: str, timeout: float = 90.0, times: int = 1) -> str:
    """Poll until ``needle`` has been drawn ``times`` times (the timeout is a safety net for a
    loaded machine, never a measurement)."""
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = await drawn(browser)
        if text.count(needle) >= times:
            return text
        await asyncio.sleep(0.2)
    await browser.screenshot(ARTEFACTS / "browser" / "failure.png")
    raise AssertionError(f"never saw {needle!r} in the browser; last screen text: {text[-600:]!r}")


async def wait_for_cursor(browser: Browser, placeholder: str, since: int) -> None:
    """Wait until the text box showing ``placeholder`` has the focus: its cursor is drawn on
    the placeholder's first letter (a cell of its own, in the cursor's colours), in what the
    app drew after ``since`` characters. Keys sent before that could land elsewhere."""
    first, rest = placeholder[0], re.escape(placeholder[1:])
    cursor = re.compile(f"{first}(?:{SGR})+{rest}")
    deadline = time.monotonic() + 90.0  # a safety net for a loaded machine, not a measurement
    while time.monotonic() < deadline:
        raw = await browser.evaluate("window.__rpText || ''") or ""
        if cursor.search(raw, since):
            return
        await asyncio.sleep(0.2)
    await browser.screenshot(ARTEFACTS / "browser" / "failure.png")
    raise AssertionError(f"the box {placeholder!r} never had the focus")


async def drawn_so_far(browser: Browser) -> int:
    return len(await browser.evaluate("window.__rpText || ''") or "")


async def focus_terminal(browser: Browser) -> None:
    await browser.evaluate("document.querySelector('.xterm-helper-textarea').focus()")


async def test_chromium_joins_plays_and_sees_the_score_card(tmp_path: Path) -> None:
    binary = chromium_binary()
    if binary is None:
        pytest.fail(
            "chromium is not installed: the real-browser test cannot run. Install it with "
            "`apt-get install -y chromium` (as .ci/run does)."
        )
    shots = ARTEFACTS / "browser"
    shots.mkdir(parents=True, exist_ok=True)
    serve, port = start_serve(
        "--workshop", "Browser test", "--scenario", PLAY_BUDGET, "--join-code", "RPT234"
    )
    browser = Browser(binary, tmp_path / "profile")
    try:
        await browser.connect()
        await browser.send("Page.enable")
        await browser.send("Page.addScriptToEvaluateOnNewDocument", source=TEE_SCRIPT)
        await browser.send("Page.navigate", url=f"http://127.0.0.1:{port}/")
        await wait_for(browser, "Join the workshop")
        await browser.screenshot(shots / "1-join.png")
        await focus_terminal(browser)
        await browser.type_text("Ada Browser")
        await wait_for(browser, "Ada Browser")
        # Enter moves the focus to the join code; keys typed before it has moved would land in
        # the name box (on a loaded machine a fixed pause was not always enough). The code box
        # is drawn again (focused) when the focus arrives: wait for that exact state.
        code_box_drawn = (await drawn(browser)).count("Join code")
        await browser.press_enter()
        await wait_for(browser, "Join code", times=code_box_drawn + 1)
        await browser.type_text("rpt-234")  # case and dashes do not matter
        await wait_for(browser, "•••••••")  # the code box shows it masked
        joined = await drawn_so_far(browser)
        await browser.press_enter()
        await wait_for(browser, "Pick a scenario")
        # Enter starts the highlighted scenario from the picker's filter box, once it has the
        # focus back from the join form.
        await wait_for_cursor(browser, "Type to filter scenarios", since=joined)
        await browser.screenshot(shots / "2-picker.png")
        picked = await drawn_so_far(browser)
        await browser.press_enter()  # the only scenario
        # The reply box's placeholder: only the conversation has it (the picker also shows the
        # scenario's summary, so "Friday" alone could be typed into the picker's filter).
        await wait_for_cursor(browser, "Type your reply", since=picked)
        await wait_for(browser, "Friday")
        before = screen_text(await browser.evaluate("window.__rpText") or "")
        assert "Collaboration" not in before  # no score card before the reply
        await focus_terminal(browser)
        await browser.type_text(REPLY)
        await wait_for(browser, REPLY[-18:])  # in the reply box before Enter sends it
        await browser.press_enter()
        text = await wait_for(browser, "Collaboration")  # the score card's bars
        await browser.screenshot(shots / "3-score-card.png")
        assert "Turn 1" in text and "Overall" in text and "Listening" in text
    finally:
        await browser.close()
        log = stop(serve)
    assert (shots / "3-score-card.png").stat().st_size > 1000
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    snap = board_snapshot(conn, store.workshop("Browser test").id)
    conn.close()
    assert [p.name for p in snap.participants] == ["Ada Browser"], log
    assert snap.turns == 1
    assert snap.participants[0].scenario_id == "budget_pushback"
