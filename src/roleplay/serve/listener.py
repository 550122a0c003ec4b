"""The host's listening sockets, opened before anything is served.

Binding first means the banner names the port really in use (``--port 0`` picks a free one,
as the tests do, so no other program can take the port between choosing and binding it), and a
port that is taken is reported (RP810) before the workshop is announced.
"""

from __future__ import annotations

import socket

BACKLOG = 128


def listen(host: str, port: int) -> list[socket.socket]:
    """Listening sockets for every address ``host`` names (``localhost`` can be two), all on
    one port: ``port``, or the one the system gave the first socket when ``port`` is 0.
    Raises OSError (closing what it opened) when an address cannot be bound."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    opened: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in dict.fromkeys(found):
            sock = socket.socket(family, kind, proto)
            opened.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:  # "::" means IPv6 only, as aiohttp binds it
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            if len(opened) > 1:
                address = (address[0], bound_port(opened), *address[2:])
            sock.bind(address)
            sock.listen(BACKLOG)
            sock.setblocking(False)
    except OSError:
        for sock in opened:
            sock.close()
        raise
    return opened


def bound_port(sockets: list[socket.socket]) -> int:
    """The port the sockets listen on."""
    return int(sockets[0].getsockname()[1])
