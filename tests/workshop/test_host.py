"""The web host's doors: no listings or downloads, same-origin websockets, a participant cap,
and one fixed command whatever the browser sends."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from roleplay.serve import plan_bind
from roleplay.serve.host import WorkshopServer

COMMAND = "/bin/true fixed-command"


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
        assert f'ws://{client.host}:{client.port}/ws' in page
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


async def test_participant_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    server, client = await _client(max_participants=1)
    try:
        server.active = 1  # one participant already connected
        resp = await client.get("/ws")
        assert resp.status == 503 and "full" in await resp.text()
        assert server.refused == 1
    finally:
        await client.close()


async def test_browser_input_never_changes_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    class FakeService:
        def __init__(self, command: str, **_: Any) -> None:
            seen.append(command)

        async def start(self, width: int, height: int) -> None:
            return None

        async def stop(self) -> None:
            return None

    monkeypatch.setattr("textual_serve.server.AppService", FakeService)
    _, client = await _client()
    try:
        ws = await client.ws_connect("/ws?width=80&height=24&command=bash&cmd=sh")
        await ws.send_json(["stdin", "bash -i\r"])
        await ws.close()
    finally:
        await client.close()
    assert seen == [COMMAND]
