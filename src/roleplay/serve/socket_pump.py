"""From a browser's websocket to its participant process: checked, metered, never trusted.

The browser speaks textual-serve's protocol (JSON arrays: ``stdin``, ``resize``, ``ping``,
``focus``, ``blur``). Anything else, or anything malformed, is ignored. Keystrokes go through
the connection's :class:`~.input_budget.InputBudget` (every message counts); over it, the connection is closed (and the
host then ends the process). Terminal sizes are clamped, so a "resize" cannot make the process
allocate a screen of a billion cells; pings echo at most a short string.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping

from aiohttp import WSMsgType, web

from .input_budget import AFTER_JOINING, InputBudget, input_events
from .participant_process import ParticipantProcess

log = logging.getLogger("roleplay.serve")

MAX_MESSAGE_BYTES = AFTER_JOINING.largest_message * 2  # JSON escaping of a pasted reply
COLUMNS = (20, 400)
ROWS = (8, 200)
MAX_PING = 64


def _clamp(value: object, bounds: tuple[int, int], default: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return max(bounds[0], min(bounds[1], number))


def terminal_size(query: Mapping[str, str]) -> tuple[int, int]:
    return _clamp(query.get("width"), COLUMNS, 80), _clamp(query.get("height"), ROWS, 24)


def _envelope(text: str) -> tuple[str, object] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: '[[[[...' (a few KB is enough)
        return None
    if not isinstance(data, list) or not data or not isinstance(data[0], str):
        return None
    return data[0], (data[1] if len(data) > 1 else None)


async def pump(
    websocket: web.WebSocketResponse,
    process: ParticipantProcess,
    joined: asyncio.Event,
    peer: str,
) -> None:
    """Forward the browser's messages until it goes away or breaks a limit."""
    budget = InputBudget()
    async for message in websocket:
        if message.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
            continue
        if joined.is_set():
            budget.mark_joined()
        text = message.data if message.type == WSMsgType.TEXT else ""
        size = len(text.encode("utf-8", "replace")) if text else len(message.data)
        envelope = _envelope(text) if text and size <= budget.allowance.largest_message else None
        kind, data = envelope or ("", None)
        keys = data if kind == "stdin" and isinstance(data, str) else None
        # Every message counts: resizes and pings queue work in the app as well.
        if not budget.take(size, 1 if keys is None else input_events(keys)):
            log.warning("closing the connection from %s: %s", peer, budget.refused)
            await websocket.close(code=1008, message=b"too much input")
            break
        if keys is not None:
            await process.send_bytes(keys.encode("utf-8", "replace"))
        elif kind == "resize" and isinstance(data, dict):
            width = _clamp(data.get("width"), COLUMNS, 80)
            height = _clamp(data.get("height"), ROWS, 24)
            await process.set_terminal_size(width, height)
        elif kind == "ping" and isinstance(data, str) and len(data) <= MAX_PING:
            await websocket.send_json(["pong", data])
        elif kind == "blur":
            await process.blur()
        elif kind == "focus":
            await process.focus()
