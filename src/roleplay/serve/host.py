"""The workshop web host: textual-serve with the doors that participants should not have.

Compared with a plain ``textual_serve.Server`` it
- runs one fixed command per browser tab (see :mod:`roleplay.serve.command`);
- caps concurrent participant processes (``--max``) and answers 503 beyond it;
- refuses cross-site websocket connections (the ``Origin`` must be this host);
- serves no directory listings and no file downloads;
- uses its own page with no external fonts or scripts (the room may be offline).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import web
from textual_serve.server import Server

from .binding import BindPlan

log = logging.getLogger("roleplay.serve")

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
        self, plan: BindPlan, command: str, *, title: str, banner: list[str] | None = None
    ) -> None:
        super().__init__(
            command,
            host=plan.host,
            port=plan.port,
            title=title,
            statics_path=STATICS,
            templates_path=TEMPLATES,
        )
        self.plan = plan
        self.max_participants = plan.max_participants
        self.active = 0
        self.refused = 0
        self.banner = banner or []

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[_security_headers])
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

    async def on_startup(self, app: web.Application) -> None:
        for line in self.banner:
            self.console.print(line, highlight=False, markup=False, soft_wrap=True)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        # URLs follow the address the participant used, so any LAN name or IP works.
        context = {
            "title": self.title,
            "websocket_url": f"ws://{request.host}/ws",
            "static_url": "/static/",
            "font_size": 16,
        }
        return aiohttp_jinja2.render_template("participant.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not same_origin(request):
            log.warning("refused a websocket from origin %r", request.headers.get("Origin"))
            raise web.HTTPForbidden(text="cross-site connection refused")
        if self.active >= self.max_participants:
            self.refused += 1
            raise web.HTTPServiceUnavailable(
                text=f"the workshop is full ({self.max_participants} participants)"
            )
        self.active += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.active -= 1


def same_origin(request: web.Request) -> bool:
    """A browser's websocket must come from a page this host served (no Origin: not a browser)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == request.host.lower()
