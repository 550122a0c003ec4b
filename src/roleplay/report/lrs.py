"""Sending xAPI statements to a Learning Record Store over HTTP(S), with the standard library.

``POST {endpoint}/statements`` with a JSON array, ``X-Experience-API-Version: 1.0.3`` and HTTP
Basic auth from ``ROLEPLAY_LRS_USER`` / ``ROLEPLAY_LRS_PASSWORD`` (never from the command line,
so the secret stays out of shell history and process lists). The password is never printed.
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlunsplit

from roleplay.errors import RoleplayError

from .xapi import XAPI_VERSION, http_parts

TIMEOUT_S = 30.0
MAX_ANSWER = 1024 * 1024  # bytes of the LRS's answer read: a list of statement ids is far less


def statements_url(endpoint: str) -> str:
    """The Statements resource of an LRS endpoint (``.../xapi/`` -> ``.../xapi/statements``)."""
    bad = RoleplayError(
        "RP720",
        f"--lrs needs an http:// or https:// endpoint, got {_shown(endpoint)!r}",
        hint="for example https://lrs.example.org/xapi/",
    )
    parts = http_parts(endpoint.strip())
    if parts is None:
        raise bad
    if parts.username or parts.password:
        raise RoleplayError(
            "RP720",
            "--lrs URL must not contain credentials",
            hint="set ROLEPLAY_LRS_USER and ROLEPLAY_LRS_PASSWORD instead",
        )
    path = parts.path.rstrip("/")
    if not path.endswith("/statements"):
        path += "/statements"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _shown(url: str) -> str:
    return url if len(url) < 200 else url[:200] + "..."


def credentials() -> tuple[str, str] | None:
    user = os.environ.get("ROLEPLAY_LRS_USER")
    password = os.environ.get("ROLEPLAY_LRS_PASSWORD")
    if user is None and password is None:
        return None
    if not user or password is None:
        raise RoleplayError(
            "RP722",
            "LRS credentials are incomplete",
            hint="set both ROLEPLAY_LRS_USER and ROLEPLAY_LRS_PASSWORD (or neither)",
        )
    return user, password


def send_statements(
    endpoint: str, statements: list[dict[str, Any]], *, timeout_s: float = TIMEOUT_S
) -> list[str]:
    """POST the statements; returns the ids the LRS stored. Raises RP721 on any failure."""
    url = statements_url(endpoint)
    body = json.dumps(statements, ensure_ascii=True).encode("ascii")
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "X-Experience-API-Version": XAPI_VERSION,
        "Accept": "application/json",
    }
    auth = credentials()
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310
            status = response.status
            payload = response.read(MAX_ANSWER + 1)
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").replace("\n", " ").strip()
        hint = (
            "check ROLEPLAY_LRS_USER/ROLEPLAY_LRS_PASSWORD"
            if exc.code in (401, 403)
            else ("the LRS refused the statements; its answer is above")
        )
        raise RoleplayError(
            "RP721", f"the LRS at {url} answered {exc.code} {exc.reason}: {detail}", hint=hint
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RoleplayError(
            "RP721",
            f"could not reach the LRS at {url} ({reason})",
            hint="check the URL and the network; nothing was sent",
        ) from None
    return _stored_ids(payload, url, status)


def _stored_ids(payload: bytes, url: str, status: int) -> list[str]:
    """The statement ids in the LRS's answer (an empty answer names none). An answer that is
    not JSON, or too large or too deeply nested to read, is RP721: the LRS accepted the POST,
    so the statements may be stored, and sending them again is safe (their ids are fixed)."""
    if not payload:
        return []
    why = None
    if len(payload) > MAX_ANSWER:
        why = f"more than {MAX_ANSWER // 1024} KB"
    else:
        try:
            ids = json.loads(payload.decode("utf-8"))
        except UnicodeDecodeError:
            why = "not UTF-8"
        except RecursionError:  # '[[[[...' past Python's recursion limit
            why = "JSON nested too deeply"
        except ValueError:  # not JSON, or a number of more than 4,300 digits
            why = "not JSON"
    if why is not None:
        raise RoleplayError(
            "RP721",
            f"the LRS at {url} answered {status} but its answer could not be read ({why})",
            hint="the statements may be stored; check the LRS, sending again is safe",
        )
    return [str(i) for i in ids] if isinstance(ids, list) else []
