"""Which ``Host`` headers the workshop host answers (the defence against DNS rebinding).

A web page on ``evil.example`` can point its own name at the facilitator's address; the browser
then treats the workshop host as ``evil.example`` and the ``Origin`` check alone passes, because
Origin and Host agree. So the host name in every request must name this machine as the
facilitator bound it:

- the address given to ``--host`` (``127.0.0.1`` by default) and, for a loopback bind,
  ``localhost``;
- for a wildcard bind (``0.0.0.0`` / ``::``): any IP address of this machine and its host name
  (the names printed in the join URLs);
- any name the facilitator adds with ``--allow-host``.

The port must be the one the request arrived on. An IP literal cannot be rebound, so the only
names an attacker could use are the ones refused here.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

from roleplay.errors import RoleplayError

WILDCARDS = frozenset({"0.0.0.0", "::", ""})
_NAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$"
)


def clean_allowed_host(raw: str) -> str:
    """One ``--allow-host`` value: a DNS name or an IP address (no port, no scheme), or RP831."""
    name = raw.strip().lower().strip("[]").rstrip(".")
    if _is_ip(name) or _NAME.match(name):
        return name
    raise RoleplayError(
        "RP831",
        f"--allow-host {raw!r} is not a host name or IP address",
        hint="give the bare name participants type, e.g. --allow-host laptop.local",
    )


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, ``localhost``)."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:  # a host name: loopback only when every address it resolves to is loopback
        infos = socket.getaddrinfo(name, None)
    except OSError:
        return False
    addrs = {str(info[4][0]) for info in infos}
    return bool(addrs) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addrs)


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _is_local_address(ip: str) -> bool:
    """True when this machine owns ``ip`` (binding to it succeeds; nothing is sent)."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((ip, 0))
    except OSError:
        return False
    return True


def split_host_header(value: str) -> tuple[str, int | None] | None:
    """``Host`` -> (lower-case name without brackets, port or None); None when malformed."""
    if not value or any(ch.isspace() or ch in "/?#@\\" for ch in value):
        return None
    try:
        parts = urlsplit("//" + value)
        port = parts.port
    except ValueError:
        return None
    name = (parts.hostname or "").rstrip(".")
    return (name, port) if name else None


class HostPolicy:
    """Decides whether a request's ``Host`` header names this host."""

    def __init__(self, bound: str, extra: Iterable[str] = ()) -> None:
        self.bound = bound.strip().lower().strip("[]")
        self.wildcard = self.bound in WILDCARDS
        names = {clean_allowed_host(n) for n in extra}
        if self.wildcard:
            names.update({"localhost", socket.gethostname().lower()})
        else:
            names.add(self.bound)
            if is_loopback(self.bound):
                names.add("localhost")
            if self.bound == "localhost":
                names.update({"127.0.0.1", "::1"})
        self.names = frozenset(names)

    def allows(self, header: str | None, port: int | None) -> bool:
        """``header`` is the request's Host; ``port`` the local port the request came in on."""
        if header is None:
            return False
        parsed = split_host_header(header)
        if parsed is None:
            return False
        name, given_port = parsed
        if port is not None and (given_port or 80) != port:
            return False
        if name in self.names:
            return True
        return self.wildcard and _is_ip(name) and _is_local_address(name)
