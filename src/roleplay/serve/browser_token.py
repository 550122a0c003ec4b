"""A random token per browser, in a cookie: what makes a participant the same person again.

The page sets it (``HttpOnly``, ``SameSite=Strict``); the websocket reads it back. A missing
or malformed cookie gets a fresh token, which can start a new participant but never continue
someone else's. Only a digest of the token reaches the participant process.
"""

from __future__ import annotations

import re
import secrets

from aiohttp import web

COOKIE = "roleplay_browser"
MAX_AGE_S = 14 * 24 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # secrets.token_urlsafe(32)


def read_token(request: web.Request) -> str | None:
    value = request.cookies.get(COOKIE, "")
    return value if _TOKEN.match(value) else None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def give_token(response: web.StreamResponse, token: str) -> None:
    response.set_cookie(
        COOKIE, token, max_age=MAX_AGE_S, path="/", httponly=True, samesite="Strict"
    )
