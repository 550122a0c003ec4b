"""The host stopped (Ctrl+C, SIGTERM) while a participant's app is still starting: the browser
is told the truth (close code 1001, "The workshop host has stopped ..."), shown on its page
instead of the generic "Disconnected", and the host's terminal no longer says "Application
failed to start" of an app it stopped itself."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import aiohttp
from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient, TestServer

from roleplay.serve import plan_bind
from roleplay.serve.host import HOST_STOPPED, HOST_STOPPED_CODE, TEMPLATES, WorkshopServer

from .serving import start_serve, stop

SLOW_START = [sys.executable, "-c", "import time; time.sleep(60)"]  # never says it is ready


async def _close_of(ws: aiohttp.ClientWebSocketResponse) -> tuple[int | None, str]:
    async with asyncio.timeout(60):  # a bound for a loaded machine, not a measurement
        while True:
            msg = await ws.receive()
            if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING):
                return ws.close_code, str(msg.extra or "")


async def test_stopping_the_host_tells_each_browser_and_ends_a_participant_still_starting() -> None:
    server = WorkshopServer(plan_bind(None, 0, max_participants=3), SLOW_START, title="t")
    client: TestClient[Any, Any] = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    ws = await client.ws_connect("/ws")
    async with asyncio.timeout(60):
        while not server.live or next(iter(server.live)).pid is None:
            await asyncio.sleep(0.05)
    (process,) = server.live
    closed = asyncio.create_task(_close_of(ws))
    await client.server.close()  # the host stops: aiohttp's shutdown runs on_shutdown
    try:
        assert await closed == (HOST_STOPPED_CODE, HOST_STOPPED)
        assert process.exited and not server.live
    finally:
        await client.close()


def test_the_page_shows_why_the_host_closed_it() -> None:
    page = (TEMPLATES / "participant.html").read_text(encoding="utf-8")
    script, textual = page.index('addEventListener("close"'), page.index("js/textual.js")
    assert script < textual  # in place before textual.js opens the socket
    assert f"event.code === {HOST_STOPPED_CODE}" in page and 'id="why"' in page
    assert len(HOST_STOPPED.encode()) <= 123  # a websocket close reason's limit


def test_a_start_cut_short_by_the_stopping_host_is_not_called_a_failure() -> None:
    server = WorkshopServer(plan_bind(None, 0, max_participants=3), SLOW_START, title="t")
    record = logging.LogRecord(
        "textual-serve", logging.ERROR, "", 0, "Application failed to start", None, None
    )
    assert server._starting_when_stopped(record)  # while serving, a failed start is said
    server.stopping = True
    assert not server._starting_when_stopped(record)


async def test_the_real_host_stopped_mid_start_says_what_it_did() -> None:
    proc, port = start_serve("--workshop", "Stop test", "--no-join-code")
    try:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(
                f"http://127.0.0.1:{port}/ws?width=80&height=24",
                headers={"Origin": f"http://127.0.0.1:{port}"},
            )
            closed = asyncio.create_task(_close_of(ws))
            await asyncio.sleep(0.2)  # the participant's app has begun to start
            out = await asyncio.to_thread(stop, proc)  # SIGTERM
            assert await closed == (HOST_STOPPED_CODE, HOST_STOPPED)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert "Application failed to start" not in out
    assert "told the host has stopped" in out
