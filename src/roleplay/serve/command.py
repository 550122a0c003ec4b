"""The one command every browser tab runs, and the addresses to tell participants.

The command is built here from the facilitator's options only (a workshop id we created);
nothing a browser sends ever reaches it. It is run directly, without a shell.
"""

from __future__ import annotations

import socket
import sys

from roleplay.engine.rules import mode_named

from .binding import BindPlan, is_loopback


def participant_argv(
    workshop_id: str, *, mode: str | None = None, python: str | None = None
) -> list[str]:
    """The participant's command line, run directly (no shell); in ``mode`` (coach unless it
    is exam, the one mode rule)."""
    return [
        python or sys.executable,
        "-m",
        "roleplay",
        "workshop",
        "participant",
        "--workshop",
        workshop_id,
        "--mode",
        mode_named(mode),
    ]


def lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent), or None offline."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, only picks an interface
        addr = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if addr.startswith("0.") else addr


def join_urls(plan: BindPlan) -> list[str]:
    """The URLs to print: the bound address, or for a wildcard bind the LAN address too."""
    port = "" if plan.port == 80 else f":{plan.port}"
    host = plan.host
    if host in ("0.0.0.0", "::", ""):
        lan = lan_address()
        hosts = [lan] if lan else []
        hosts.append(socket.gethostname())
    else:
        hosts = [host]
    urls = []
    for h in hosts:
        shown = f"[{h}]" if ":" in h else h
        urls.append(f"http://{shown}{port}/")
    return urls


def describe(plan: BindPlan) -> str:
    where = "this machine only" if is_loopback(plan.host) else "the local network"
    return f"serving on {plan.host}:{plan.port} ({where}), at most {plan.max_participants} at once"
