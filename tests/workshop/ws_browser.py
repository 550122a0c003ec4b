"""A scripted browser for a served workshop: loads the page (keeping its cookie), opens the
websocket and speaks textual-serve's protocol. Every wait is bounded and ends as soon as the
awaited thing happens; nothing here measures time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from .serving import screen_text

WAIT_S = 90.0  # an upper bound for a loaded CI machine, never a measurement


@dataclass
class WsBrowser:
    port: int
    jar: aiohttp.CookieJar = field(default_factory=lambda: aiohttp.CookieJar(unsafe=True))
    raw: str = ""
    session: aiohttp.ClientSession | None = None
    ws: aiohttp.ClientWebSocketResponse | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def open(self) -> None:
        """Load the page (as a browser does, which sets the cookie) and connect."""
        self.session = aiohttp.ClientSession(
            cookie_jar=self.jar, timeout=aiohttp.ClientTimeout(total=WAIT_S)
        )
        async with self.session.get(self.url + "/") as page:
            assert page.status == 200, await page.text()
        self.ws = await self.session.ws_connect(
            self.url + "/ws?width=100&height=32", origin=self.url
        )
        self.raw = ""

    async def wait_for(self, needle: str, timeout: float = WAIT_S) -> str:
        assert self.ws is not None
        deadline = time.monotonic() + timeout
        while needle not in screen_text(self.raw):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:  # not receive(timeout=...): the host's heartbeat pings restart that timeout
                async with asyncio.timeout(left):
                    msg = await self.ws.receive()
            except TimeoutError:
                break
            if msg.type == aiohttp.WSMsgType.BINARY:
                self.raw += msg.data.decode("utf-8", "replace")
            elif msg.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.ERROR,
            ):
                break
        text = screen_text(self.raw)
        assert needle in text, f"never saw {needle!r}; last screen text: {text[-800:]!r}"
        return text

    async def wait_closed(self, timeout: float = WAIT_S) -> int | None:
        """Read until the host closes the socket; its close code (None if it never did)."""
        assert self.ws is not None
        deadline = time.monotonic() + timeout
        while not self.ws.closed and time.monotonic() < deadline:
            try:
                async with asyncio.timeout(deadline - time.monotonic()):
                    await self.ws.receive()
            except TimeoutError:
                break
        return self.ws.close_code if self.ws.closed else None

    async def type(self, text: str) -> None:
        assert self.ws is not None
        await self.ws.send_json(["stdin", text])

    async def close(self) -> None:
        async with asyncio.timeout(WAIT_S):
            if self.ws is not None:
                await self.ws.close()
            if self.session is not None:
                await self.session.close()


# -- the host's participant processes, read from /proc (Linux) -------------------------------
@dataclass(frozen=True)
class Proc:
    pid: int
    pgid: int
    rss_kb: int


def participant_processes(host_pid: int) -> list[Proc]:
    """Live participant processes started by the host ``host_pid`` (zombies count)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if b"participant" not in argv or int(fields[1]) != host_pid:
            continue
        rss = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
        found.append(Proc(int(entry.name), int(fields[2]), int(rss.group(1)) if rss else 0))
    return found


def group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[2]) == pgid:
                members.append(int(entry.name))
    return members


async def group_members_after_exit(pgid: int, timeout: float = WAIT_S) -> list[int]:
    """Members of process group ``pgid`` left once it has emptied or ``timeout`` passed.

    The host SIGKILLs the whole group but waits only for its leader; a killed member is
    reaped by its new parent (init) a moment later, and on a loaded machine it can still be
    listed right after the leader is gone. So poll for the exact state, an empty group: a
    member that was never killed is still there when the safety net runs out."""
    deadline = time.monotonic() + timeout
    while (members := group_members(pgid)) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    return members


async def wait_until_gone(host_pid: int, timeout: float = WAIT_S) -> int:
    """Poll until the host has no participant process left; returns the peak RSS (KB) summed
    over them while waiting, so a test can bound memory without timing anything."""
    deadline = time.monotonic() + timeout
    peak = 0
    while time.monotonic() < deadline:
        procs = participant_processes(host_pid)
        peak = max(peak, sum(p.rss_kb for p in procs))
        if not procs:
            return peak
        await asyncio.sleep(0.2)
    alive = participant_processes(host_pid)
    raise AssertionError(f"participant processes outlived their connection: {alive}")


def kill_leftovers(host_pid: int) -> None:
    """After a failed test: end participant processes its host left behind (only those)."""
    for proc in participant_processes(host_pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(proc.pid, signal.SIGKILL)
