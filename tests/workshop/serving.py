"""Starting ``roleplay serve`` as a real subprocess for tests, and reading terminal output."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Screenshots and other test output: a fresh temporary folder, never the repository, unless
# ROLEPLAY_TEST_ARTEFACTS names a folder to keep them (e.g. for CI to upload).
ARTEFACTS = Path(
    os.environ.get("ROLEPLAY_TEST_ARTEFACTS") or tempfile.mkdtemp(prefix="roleplay-artefacts-")
)

_ANSI = re.compile(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-B]|[=>78])")


def screen_text(raw: str) -> str:
    """Terminal output with escape sequences removed (what was drawn, in drawing order)."""
    return _ANSI.sub("", raw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def roleplay_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "roleplay", *args]


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            raise RuntimeError(f"roleplay serve exited early ({proc.returncode}): {out}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"roleplay serve did not listen on port {port}")


def start_serve(*args: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    proc = subprocess.Popen(
        roleplay_cmd("serve", "--port", str(port), *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port, proc)
    except BaseException:
        stop(proc)  # never leave a host running behind a failed start
        raise
    return proc, port


def stop(proc: subprocess.Popen[bytes]) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out.decode(errors="replace") if out else ""
