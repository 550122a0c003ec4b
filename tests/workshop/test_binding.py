"""Where the host listens: loopback by default, a join code for anything reachable."""

from __future__ import annotations

import subprocess

import pytest

from roleplay.errors import RoleplayError
from roleplay.serve import is_loopback, plan_bind
from roleplay.serve.command import participant_argv

from .serving import roleplay_cmd, start_serve, stop


def test_default_plan_is_loopback_without_a_code() -> None:
    plan = plan_bind(None, 8000)
    assert plan.host == "127.0.0.1" and plan.loopback and plan.join_code is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "10.0.0.5", "::"])
def test_reachable_address_gets_a_generated_code(host: str) -> None:
    plan = plan_bind(host, 8000)
    assert not plan.loopback
    assert plan.generated_code and plan.join_code and len(plan.join_code) == 6


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20"])
def test_reachable_address_without_a_code_is_refused(host: str) -> None:
    with pytest.raises(RoleplayError) as err:
        plan_bind(host, 8000, no_join_code=True)
    assert err.value.code == "RP805" and err.value.exit_code == 2


def test_loopback_names() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.0.3")


def test_cli_refuses_non_loopback_without_code_in_one_coded_line() -> None:
    done = subprocess.run(
        roleplay_cmd("serve", "--host", "0.0.0.0", "--no-join-code", "--port", "1"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "RP805" in lines[0] and "Traceback" not in done.stderr


def test_cli_rejects_a_bad_max() -> None:
    done = subprocess.run(
        roleplay_cmd("serve", "--max", "0"), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and "RP803" in done.stderr


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of LISTEN sockets on ``port`` (Linux /proc/net/tcp{,6})."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(addr)
    return found


def test_default_serve_listens_on_loopback_only() -> None:
    proc, port = start_serve("--workshop", "Bind test", "--scenario", "budget_pushback")
    try:
        addresses = _listening_addresses(port)
    finally:
        banner = stop(proc)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, and nothing else
    assert "this machine only" in banner and "Join code" not in banner


def test_the_host_terminal_keeps_its_banner_in_view() -> None:
    """probe17: every request a browser made (the page, each script and style sheet, the
    websocket) was logged on the host's terminal with its user agent, two lines each, so a
    room joining pushed the join URL and code off the facilitator's screen. Requests are no
    longer logged; refusals still are."""
    import urllib.request

    proc, port = start_serve("--workshop", "Quiet host", "--scenario", "budget_pushback")
    try:
        for path in ("/", "/static/css/xterm.css", "/nothing-here"):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()
            except OSError:
                pass  # (the 404)
    finally:
        said = stop(proc)
    assert "Join at" in said
    assert "GET /" not in said and "Mozilla" not in said and "Python-urllib" not in said, said


def test_a_port_in_use_is_rp810_before_the_workshop_is_announced() -> None:
    import socket

    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run(
            roleplay_cmd("serve", "--port", str(port), "--workshop", "Busy"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "RP810" in done.stderr and str(port) in done.stderr
    assert "Join at" not in done.stdout
    conn, path = open_workshop_db()
    assert WorkshopStore(conn, path).latest() is None  # no workshop was opened for nothing
    conn.close()


def test_participant_command_is_fixed_and_never_parsed_by_a_shell() -> None:
    argv = participant_argv("team; rm -rf /", python="/usr/bin/python3")
    assert argv == [
        "/usr/bin/python3",
        "-m",
        "roleplay",
        "workshop",
        "participant",
        "--workshop",
        "team; rm -rf /",
        "--mode",
        "coach",
    ]
    assert participant_argv("w", mode="exam", python="py")[-2:] == ["--mode", "exam"]
    assert participant_argv("w", mode="$(reboot)", python="py")[-2:] == ["--mode", "coach"]


def test_the_banner_shows_a_hostile_workshop_name_as_escapes() -> None:
    name = "Room \x1b[31mred\u202e"  # printed raw, the terminal turned red and reversed the line
    proc, _port = start_serve("--workshop", name, "--scenario", "budget_pushback")
    banner = stop(proc)
    assert "roleplay workshop 'Room \\x1b[31mred\\u202e'" in banner
    assert "\x1b[31m" not in banner and "\u202e" not in banner
