"""Issue 14 on a real host (loopback): a keystroke flood before joining is cut off, the
participant process and its whole process group end with the connection, and ``--max``
counts live processes, so the slots are free again afterwards."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest

from .serving import start_serve, stop
from .ws_browser import (
    WsBrowser,
    group_members_after_exit,
    kill_leftovers,
    participant_processes,
    wait_until_gone,
)

WORKSHOP = "flood-room"
PEAK_RSS_KB = 250 * 1024  # a participant idles at about 60-80 MB; a flood used to reach GBs


async def _flood_one_big_message_and_close(port: int, host_pid: int) -> int:
    """One message far over the limit. The host refuses it from its header and drops the
    connection while the rest is still on its way, so sending it may fail (a reset): whether
    the whole message fitted in the sockets' buffers before the host read the header depends
    only on scheduling. It used to be taken for a failure, which on a loaded machine (the host
    reading at once, the sender's buffer drained slowly) it sometimes was. The client's send
    buffer is kept small, so the message never fits and that path runs every time."""
    browser = WsBrowser(port)
    await browser.open()
    await browser.wait_for("Join the workshop")
    (proc,) = participant_processes(host_pid)
    assert proc.pgid == proc.pid  # the participant leads its own process group
    assert browser.ws is not None
    sock = browser.ws.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    try:
        await browser.type("A" * 3_000_000)
    except (aiohttp.ClientError, ConnectionError):
        pass  # the host dropped the connection while the message was being sent
    finally:
        await browser.close()
    return proc.pgid


async def _flood_many_small_messages(port: int, host_pid: int) -> tuple[int, int | None]:
    """Typing far faster than a person; the host must close the connection by itself.

    Like a browser, the client reads while it types: the host sends its 1008 close frame and
    waits (10 s) for the reply before dropping the connection. A client that only types, and
    on a loaded machine keeps typing past that wait, has its socket reset with the close frame
    still unread (code 1006), which says nothing about the host.
    """
    browser = WsBrowser(port)
    await browser.open()
    await browser.wait_for("Join the workshop")
    (proc,) = participant_processes(host_pid)
    closed = asyncio.create_task(browser.wait_closed())
    try:
        try:
            for _ in range(30_000):  # 3 MB at most, 100 keys a message; the host gives up early
                if closed.done():
                    break
                await browser.type("A" * 100)
                await asyncio.sleep(0)  # let the reader take in what the host sent
        except (aiohttp.ClientError, ConnectionError):
            pass  # the host closed the connection while the flood was still being sent
        code = await closed
    finally:
        closed.cancel()
        await browser.close()
    return proc.pgid, code


async def test_floods_end_their_processes_and_free_the_slots() -> None:
    serve, port = start_serve("--workshop", WORKSHOP, "--scenario", "budget_pushback", "--max", "2")
    try:
        first = await _flood_one_big_message_and_close(port, serve.pid)
        peak_kb = await wait_until_gone(serve.pid)
        second, code = await _flood_many_small_messages(port, serve.pid)
        assert code == 1008  # closed by the host: policy violation (too much input)
        peak_kb = max(peak_kb, await wait_until_gone(serve.pid))
        assert peak_kb < PEAK_RSS_KB, f"participants grew to {peak_kb // 1024} MB"
        assert await group_members_after_exit(first) == []
        assert await group_members_after_exit(second) == []

        # Both slots are free again: two people join, a third is told the room is full.
        people = [WsBrowser(port), WsBrowser(port)]
        for person in people:
            await person.open()
            await person.wait_for("Join the workshop")
        assert len(participant_processes(serve.pid)) == 2
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as full:
                await session.ws_connect(f"http://127.0.0.1:{port}/ws")
        assert full.value.status == 503
        for person in people:
            await person.close()
        await wait_until_gone(serve.pid)
    finally:
        kill_leftovers(serve.pid)
        log = stop(serve)
        print(log)
    assert "closing the connection from 127.0.0.1" in log, log[-2000:]
