"""The web host's doors: no listings or downloads, same-origin websockets, a participant cap,
and one fixed command whatever the browser sends."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, cast

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from textual_serve.download_manager import DownloadManager

from roleplay.serve import plan_bind
from roleplay.serve.host import WorkshopServer
from roleplay.serve.participant_process import ParticipantProcess
from roleplay.storage.workshop.link import BROWSER_ENV, JOINED

COMMAND = ["/bin/true", "fixed-command"]


async def _client(max_participants: int = 5) -> tuple[WorkshopServer, TestClient[Any, Any]]:
    server = WorkshopServer(
        plan_bind(None, 0, max_participants=max_participants), COMMAND, title="t <b>"
    )
    client: TestClient[Any, Any] = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    return server, client


async def test_page_is_offline_and_escaped() -> None:
    _, client = await _client()
    try:
        resp = await client.get("/")
        page = await resp.text()
        assert resp.status == 200
        assert "googleapis" not in page and "https://" not in page
        assert "<title>t &lt;b&gt;</title>" in page
        assert f"ws://{client.host}:{client.port}/ws" in page
        assert resp.headers["X-Frame-Options"] == "DENY"
    finally:
        await client.close()


async def test_no_directory_listing_and_no_downloads() -> None:
    _, client = await _client()
    try:
        assert (await client.get("/static/")).status in (403, 404)
        assert (await client.get("/static/js/textual.js")).status == 200
        assert (await client.get("/download/anything")).status == 404
    finally:
        await client.close()


async def test_cross_site_websocket_is_refused() -> None:
    _, client = await _client()
    try:
        resp = await client.get("/ws", headers={"Origin": "http://evil.example"})
        assert resp.status == 403
    finally:
        await client.close()


class _StillAlive:
    def kill_group(self) -> None:
        return None


async def test_participant_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    server, client = await _client(max_participants=1)
    try:
        server.live.add(cast(ParticipantProcess, _StillAlive()))  # one process not reaped yet
        resp = await client.get("/ws")
        assert resp.status == 503 and "full" in await resp.text()
        assert server.refused == 1
    finally:
        await client.close()


async def test_browser_input_never_changes_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []

    class FakeProcess:
        exited = True

        def __init__(self, argv: list[str], websocket: object, **kw: Any) -> None:
            seen.append((argv, kw["environment"]))

        async def start(self, width: int, height: int) -> None:
            return None

        async def send_bytes(self, data: bytes) -> bool:
            return True

        async def stop(self) -> None:
            return None

    monkeypatch.setattr("roleplay.serve.host.ParticipantProcess", FakeProcess)
    _, client = await _client()
    try:
        ws = await client.ws_connect("/ws?width=80&height=24&command=bash&cmd=sh")
        await ws.send_json(["stdin", "bash -i\r"])
        await ws.close()
    finally:
        await client.close()
    ((argv, environment),) = seen
    assert argv == COMMAND
    assert list(environment) == [BROWSER_ENV] and len(environment[BROWSER_ENV]) == 64


async def test_participant_file_deliveries_are_dropped() -> None:
    """The screenshot route of textual-serve: a participant process cannot queue a download."""
    manager = DownloadManager()
    events: list[str] = []

    async def on_event(kind: str) -> None:
        events.append(kind)

    process = ParticipantProcess(
        ["/bin/true"],
        web.WebSocketResponse(),
        environment={},
        on_event=on_event,
        download_manager=manager,
    )
    start = {
        "type": "deliver_file_start",
        "key": "k1",
        "path": "/tmp/shot.svg",
        "open_method": "download",
        "mime_type": "image/svg+xml",
        "encoding": "utf-8",
    }
    await process.on_meta(json.dumps(start).encode())
    await process.on_packed(b"anything")
    await process.on_meta(json.dumps({"type": JOINED}).encode())
    await process.on_meta(b"not json")
    # nested past Python's recursion limit: ignored like any junk, never a RecursionError that
    # would end the task reading the participant's output
    await process.on_meta(b"[" * 100_000 + b"]" * 100_000)
    await process.on_meta(b'{"type":' * 50_000 + b"1" + b"}" * 50_000)
    assert manager._active_downloads == {}
    assert events == [JOINED]


async def test_junk_messages_are_ignored_and_sizes_clamped(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, object]] = []

    class RecordingProcess:
        exited = True

        def __init__(self, argv: list[str], websocket: object, **kw: Any) -> None:
            pass

        async def start(self, width: int, height: int) -> None:
            calls.append(("start", (width, height)))

        async def send_bytes(self, data: bytes) -> bool:
            calls.append(("stdin", data))
            return True

        async def set_terminal_size(self, width: int, height: int) -> None:
            calls.append(("resize", (width, height)))

        async def stop(self) -> None:
            return None

    monkeypatch.setattr("roleplay.serve.host.ParticipantProcess", RecordingProcess)
    _, client = await _client()
    try:
        ws = await client.ws_connect("/ws?width=99999&height=0")
        for junk in ("not json", "[]", "[1, 2]", '{"stdin": "x"}', '["stdin", 5]', "[" * 5000):
            await ws.send_str(junk)
        await ws.send_bytes(b"\x00\x01")
        await ws.send_json(["resize", {"width": "wide", "height": 10**9}])
        await ws.send_json(["ping", "p" * 1000])  # too long to echo
        await ws.send_json(["ping", "ok"])
        assert (await ws.receive_json()) == ["pong", "ok"]
        await ws.send_json(["stdin", "hi"])
        await ws.send_json(["ping", "done"])
        assert (await ws.receive_json()) == ["pong", "done"]
        await ws.close()
    finally:
        await client.close()
    assert calls == [("start", (400, 8)), ("resize", (80, 200)), ("stdin", b"hi")]


async def test_a_participant_that_ends_closes_its_socket_and_frees_the_slot() -> None:
    server = WorkshopServer(
        plan_bind(None, 0, max_participants=1), [sys.executable, "-c", "pass"], title="t"
    )
    client: TestClient[Any, Any] = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    try:
        ws = await client.ws_connect("/ws")
        async with asyncio.timeout(60):  # a bound for a loaded machine, not a measurement
            while not ws.closed:
                await ws.receive()
            while server.active:
                await asyncio.sleep(0.05)
        assert ws.close_code == 1000
        again = await client.ws_connect("/ws")  # the only slot is free again
        await again.close()
    finally:
        await client.close()


def test_a_traceback_on_the_host_terminal_shows_no_local_values() -> None:
    """probe17: textual-serve's logging printed every frame's local values with a traceback,
    on a terminal that may be on the projector; a frame of the join handler holds the join
    code a participant typed."""
    import logging

    server = WorkshopServer(plan_bind(None, 0, max_participants=5), COMMAND, title="t")
    handler = server.log_handler()
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord(
            "roleplay.serve", logging.ERROR, __file__, 1, "failed", None, sys.exc_info()
        )
    secret_join_code = "K7PM4Q"  # a local of this frame, as in the join handler
    with server.console.capture() as captured:
        handler.emit(record)
    shown = captured.get()
    assert "ValueError" in shown and secret_join_code not in shown, shown
