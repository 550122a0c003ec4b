"""The workshop web host: textual-serve with the doors that participants should not have.

Compared with a plain ``textual_serve.Server`` it
- answers only requests whose ``Host`` names this machine (:mod:`.host_names`, DNS rebinding);
- runs one fixed command per browser tab, without a shell, and kills its process group when
  the tab goes (:mod:`.participant_process`);
- caps participant processes that are alive (``--max``) and answers 503 beyond it;
- meters what each browser types (:mod:`.input_budget`) and slows down join-code guessing per
  address (:mod:`.join_throttle`);
- gives each browser a token so a display name stays one person's (:mod:`.browser_token`);
- refuses cross-site websocket connections (the ``Origin`` must be this host);
- serves no directory listings and no file downloads;
- uses its own page with no external fonts or scripts (the room may be offline).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import signal
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import web
from textual_serve.server import Server

from roleplay.storage.workshop.link import BROWSER_ENV, CODE_REFUSED, JOINED, owner_digest

from .binding import BindPlan
from .browser_token import give_token, new_token, read_token
from .host_names import HostPolicy
from .join_throttle import JoinThrottle
from .participant_process import ParticipantProcess
from .socket_pump import MAX_MESSAGE_BYTES, pump, terminal_size

log = logging.getLogger("roleplay.serve")

# Said to each browser when the host stops (Ctrl+C, SIGTERM): the websocket's close reason
# (at most 123 bytes), shown on the participant's page instead of its generic "Disconnected".
HOST_STOPPED_CODE = 1001  # "going away"
HOST_STOPPED = (
    "The workshop host has stopped. Your answered turns are saved: join again once it is back."
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATICS = Path(textual_serve.__file__).resolve().parent / "static"


@web.middleware
async def _security_headers(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Cache-Control", "no-store")
    return response


class WorkshopServer(Server):
    def __init__(
        self, plan: BindPlan, argv: list[str], *, title: str, banner: list[str] | None = None
    ) -> None:
        super().__init__(
            shlex.join(argv),
            host=plan.host,
            port=plan.port,
            title=title,
            statics_path=STATICS,
            templates_path=TEMPLATES,
        )
        self.plan = plan
        self.argv = list(argv)
        self.max_participants = plan.max_participants
        self.hosts = HostPolicy(plan.host, plan.allowed_hosts)
        self.throttle = JoinThrottle()
        self.live: set[ParticipantProcess] = set()  # started or starting, not yet reaped
        self.refused = 0
        self.banner = banner or []
        self.stopping = False  # the host is shutting down: participants still starting are too

    def initialize_logging(self) -> None:
        """As textual-serve's, but a traceback never lists each frame's local values: the
        host's terminal may be on the projector, and a frame of the join handler holds the
        join code a participant typed and their name."""
        logging.basicConfig(level="INFO", format="%(message)s", handlers=[self.log_handler()])
        logging.getLogger("textual-serve").addFilter(self._starting_when_stopped)

    def _starting_when_stopped(self, record: logging.LogRecord) -> bool:
        """textual-serve says "Application failed to start" of a participant whose start the
        stopping host cut short: not a failure, and on_shutdown says what happened instead."""
        return not (self.stopping and record.getMessage() == "Application failed to start")

    def log_handler(self) -> logging.Handler:
        from rich.logging import RichHandler

        return RichHandler(
            show_path=False,
            show_time=False,
            rich_tracebacks=True,
            tracebacks_show_locals=False,
            console=self.console,
        )

    def serve_on(self, sockets: list[socket.socket]) -> None:
        """Serve on sockets already listening (``listener.listen``) until Ctrl+C or SIGTERM;
        what textual-serve's ``serve`` does, except that it binds nothing itself."""
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.request_exit)
        web.run_app(
            self._make_app(),
            sock=sockets,
            handle_signals=False,
            loop=loop,
            print=lambda *args: None,
            # no line per request: a room joining (page, scripts, styles, websocket, each
            # with its user agent) pushed the banner's join URL and code off the screen
            access_log=None,
        )

    @property
    def active(self) -> int:
        """Participant slots in use: processes alive (or starting), not sockets open."""
        return len(self.live)

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._check_host, _security_headers])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.static("/static", self.statics_path, show_index=False, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    @web.middleware
    async def _check_host(self, request: web.Request, handler: Any) -> web.StreamResponse:
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        port = int(sockname[1]) if isinstance(sockname, tuple) and len(sockname) > 1 else None
        if not self.hosts.allows(request.headers.get("Host"), port):
            log.warning("refused a request for host %r", request.headers.get("Host"))
            raise web.HTTPMisdirectedRequest(text="this host does not serve that name")
        response: web.StreamResponse = await handler(request)
        return response

    async def on_startup(self, app: web.Application) -> None:
        for line in self.banner:
            self.console.print(line, highlight=False, markup=False, soft_wrap=True)

    async def on_shutdown(self, app: web.Application) -> None:
        """Each browser is told the host stopped (the page shows it), then its participant is
        asked to quit and, after ``QUIT_GRACE_S``, its process group killed, one still
        starting included."""
        self.stopping = True
        live = list(self.live)
        if live:
            log.info("stopping: %d participant(s) told the host has stopped", len(live))
        for process in live:
            with contextlib.suppress(Exception):  # a socket already gone
                await process.websocket.close(code=HOST_STOPPED_CODE, message=HOST_STOPPED.encode())
        await asyncio.gather(*(self._end(p) for p in live), return_exceptions=True)

    def _refuse_if_locked(self, request: web.Request) -> None:
        wait = self.throttle.retry_after(request.remote or "")
        if wait:
            raise web.HTTPTooManyRequests(
                text=f"Too many wrong join codes from this address. Try again in {wait} s.",
                headers={"Retry-After": str(wait)},
            )

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        self._refuse_if_locked(request)
        # URLs follow the address the participant used, so any allowed name or IP works.
        context = {
            "title": self.title,
            "websocket_url": f"ws://{request.host}/ws",
            "static_url": "/static/",
            "font_size": 16,
        }
        response = aiohttp_jinja2.render_template("participant.html", request, context)
        if read_token(request) is None:
            give_token(response, new_token())
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        self._refuse_if_locked(request)
        if not same_origin(request):
            log.warning("refused a websocket from origin %r", request.headers.get("Origin"))
            raise web.HTTPForbidden(text="cross-site connection refused")
        if self.active >= self.max_participants:
            self.refused += 1
            raise web.HTTPServiceUnavailable(
                text=f"the workshop is full ({self.max_participants} participants)"
            )
        peer = request.remote or ""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        joined = asyncio.Event()

        async def on_event(kind: str) -> None:
            if kind == JOINED:
                self.throttle.succeeded(peer)
                joined.set()
            elif kind == CODE_REFUSED and (wait := self.throttle.failed(peer)):
                log.warning("wrong join codes from %s: locked for %d s", peer, wait)
                await websocket.close(code=1008, message=b"too many wrong join codes")

        process = ParticipantProcess(
            self.argv,
            websocket,
            environment={BROWSER_ENV: owner_digest(read_token(request) or new_token())},
            on_event=on_event,
            download_manager=self.download_manager,
        )
        self.live.add(process)  # the slot is taken from here until the process is reaped
        try:
            await websocket.prepare(request)
            await process.start(*terminal_size(request.query))
            await pump(websocket, process, joined, peer)
        except Exception as exc:  # a broken connection must not take the host down
            log.warning("participant connection from %s failed: %r", peer, exc)
        finally:
            await asyncio.shield(self._end(process))
        return websocket

    async def _end(self, process: ParticipantProcess) -> None:
        await process.stop()
        if process.exited:
            self.live.discard(process)
            return
        log.warning("participant process %s outlived SIGKILL; its slot stays taken", process.pid)


def same_origin(request: web.Request) -> bool:
    """A browser's websocket must come from a page this host served (no Origin: not a browser)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == request.host.lower()
