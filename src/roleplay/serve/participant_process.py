"""One browser tab's participant process, started without a shell and ended with its group.

textual-serve's ``AppService`` runs the command through ``sh -c`` in the host's own process
group and, when the websocket closes, only asks the app to quit; an app busy with a flood of
queued keystrokes never gets to that request and lives on. Here the process
- is started directly (no shell) in a new session, so it leads its own process group;
- is asked to quit when the browser goes, given ``QUIT_GRACE_S``, then the whole group is
  killed; :attr:`ParticipantProcess.exited` says when it is really gone;
- closes the browser's socket when it ends by itself (a crash, a refused start), so the
  connection and its slot do not outlive it;
- may report :data:`~roleplay.storage.workshop.link.JOINED` and
  :data:`~roleplay.storage.workshop.link.CODE_REFUSED` to the host;
- cannot queue downloads (the host serves none): file deliveries are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shlex
import signal
from collections.abc import Awaitable, Callable

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from roleplay.storage.workshop.link import CODE_REFUSED, JOINED

log = logging.getLogger("roleplay.serve")

QUIT_GRACE_S = 2.0  # time to quit politely (unsaved work: none, every turn is saved at once)
KILL_WAIT_S = 10.0  # after SIGKILL; longer only if the kernel is stuck

EventHandler = Callable[[str], Awaitable[None]]


class ParticipantProcess(AppService):
    def __init__(
        self,
        argv: list[str],
        websocket: web.WebSocketResponse,
        *,
        environment: dict[str, str],
        on_event: EventHandler,
        download_manager: DownloadManager,
    ) -> None:
        super().__init__(
            shlex.join(argv),
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=self._close_socket,
            download_manager=download_manager,
        )
        self.websocket = websocket
        self.argv = list(argv)
        self.environment = dict(environment)
        self.on_event = on_event

    async def _close_socket(self) -> None:
        await self.websocket.close()

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def exited(self) -> bool:
        """True once the process has been reaped (or was never started)."""
        return self._process is None or self._process.returncode is not None

    async def _open_app_process(
        self, width: int = 80, height: int = 24
    ) -> asyncio.subprocess.Process:
        env = self._build_environment(width=width, height=height)
        env.update(self.environment)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """Relay the app's output; when the process ends by itself, the browser is told so."""
        try:
            await super().run()
        finally:
            if not self.websocket.closed:
                with contextlib.suppress(Exception):
                    await self.websocket.close(code=1000, message=b"participant ended")

    async def stop(self) -> None:
        """Ask the app to quit, then kill its process group; returns once it is reaped."""
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._quit(process), QUIT_GRACE_S)
        self.kill_group()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), KILL_WAIT_S)
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, KILL_WAIT_S)

    async def _quit(self, process: asyncio.subprocess.Process) -> None:
        await self.send_meta({"type": "quit"})
        await process.wait()

    def kill_group(self) -> None:
        """SIGKILL the participant and anything it started (its own process group)."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, signal.SIGKILL)

    async def on_meta(self, data: bytes) -> None:
        try:
            meta = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: '[[[[...' from the participant
            return
        kind = meta.get("type") if isinstance(meta, dict) else None
        if kind in (JOINED, CODE_REFUSED):
            await self.on_event(str(kind))
        elif kind == "deliver_file_start":
            log.warning("dropped a file delivery from a participant (the host serves none)")
        else:
            await super().on_meta(data)

    async def on_packed(self, payload: bytes) -> None:
        """Packed packets only carry file chunks, and the host serves no downloads."""
