"""Issue 15: DNS rebinding. Only Host names that name the bound address (or ``--allow-host``)
are answered; anything else is refused before the websocket upgrade."""

from __future__ import annotations

import subprocess

import aiohttp
import pytest

from roleplay.errors import RoleplayError
from roleplay.serve import plan_bind
from roleplay.serve.host_names import HostPolicy

from .serving import roleplay_cmd, start_serve, stop
from .ws_browser import kill_leftovers


def test_loopback_bind_answers_its_own_names_only() -> None:
    policy = HostPolicy("127.0.0.1")
    assert policy.allows("127.0.0.1:8000", 8000) and policy.allows("localhost:8000", 8000)
    assert policy.allows("LOCALHOST:8000", 8000)
    assert not policy.allows("evil.example:8000", 8000)
    assert not policy.allows("127.0.0.1:9999", 8000)  # another port
    assert not policy.allows("127.0.0.1", 8000)  # no port means 80
    assert not policy.allows(None, 8000) and not policy.allows("", 8000)
    assert not policy.allows("evil.example@127.0.0.1:8000", 8000)
    assert not policy.allows("127.0.0.1:8000/x", 8000)


def test_wildcard_bind_answers_this_machines_addresses_and_name() -> None:
    import socket

    policy = HostPolicy("0.0.0.0", ["laptop.local"])
    assert policy.allows("127.0.0.1:8000", 8000)  # an address of this machine
    assert policy.allows(f"{socket.gethostname()}:8000", 8000)
    assert policy.allows("laptop.local:8000", 8000)
    assert not policy.allows("192.0.2.55:8000", 8000)  # TEST-NET: not this machine
    assert not policy.allows("evil.example:8000", 8000)


def test_specific_address_bind() -> None:
    policy = HostPolicy("192.168.1.20")
    assert policy.allows("192.168.1.20:8000", 8000)
    assert not policy.allows("localhost:8000", 8000) and not policy.allows("evil:8000", 8000)


@pytest.mark.parametrize("bad", ["http://x", "a b", "x:80", "-bad-", ""])
def test_bad_allow_host_is_a_coded_error(bad: str) -> None:
    with pytest.raises(RoleplayError) as err:
        plan_bind(None, 8000, allow_hosts=[bad])
    assert err.value.code == "RP831" and err.value.exit_code == 2


def test_cli_bad_allow_host_one_line_exit_2() -> None:
    done = subprocess.run(
        roleplay_cmd("serve", "--allow-host", "http://evil/", "--port", "1"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "RP831" in done.stderr and "Traceback" not in done.stderr


async def _status(url: str, host: str, *, websocket: bool) -> int:
    headers = {"Host": host, "Origin": f"http://{host}"}
    async with aiohttp.ClientSession() as session:
        if not websocket:
            async with session.get(url, headers=headers) as resp:
                return resp.status
        try:
            ws = await session.ws_connect(url, headers=headers)
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status
        await ws.close()
        return 101


async def test_rebinding_host_is_refused_by_a_real_server() -> None:
    serve, port = start_serve(
        "--workshop",
        "rebind-room",
        "--scenario",
        "budget_pushback",
        "--allow-host",
        "laptop.example",
    )
    base = f"http://127.0.0.1:{port}"
    try:
        evil = f"evil.example:{port}"
        assert await _status(base + "/ws", evil, websocket=True) == 421
        assert await _status(base + "/", evil, websocket=False) == 421
        assert await _status(base + "/static/js/textual.js", evil, websocket=False) == 421
        assert await _status(base + "/", f"127.0.0.1:{port}", websocket=False) == 200
        assert await _status(base + "/", f"localhost:{port}", websocket=False) == 200
        assert await _status(base + "/ws", f"laptop.example:{port}", websocket=True) == 101
    finally:
        kill_leftovers(serve.pid)
        log = stop(serve)
        print(log)
    assert "evil.example" in log  # the refusal is logged for the facilitator
