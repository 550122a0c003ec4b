"""Starting ``roleplay serve`` as a real subprocess for tests, and reading terminal output."""

from __future__ import annotations

import os
import re
import select
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

_ANSI = re.compile(
    r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-B]|[=>78])"
)


def screen_text(raw: str) -> str:
    """Terminal output with escape sequences removed (what was drawn, in drawing order)."""
    return _ANSI.sub("", raw)


def roleplay_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "roleplay", *args]


JOIN_AT = re.compile(r"Join at: http://[^/\s]*:(\d+)/")


_READ_EARLY: dict[int, bytes] = {}  # pid -> what read_port consumed (stop() returns it too)


def read_port(proc: subprocess.Popen[bytes], timeout: float = 120.0) -> int:
    """The port from the banner's "Join at" line (the host was started with ``--port 0``).
    Fails if the host exits or prints no banner in time."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    seen = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            found = JOIN_AT.search(screen_text(seen.decode(errors="replace")))
            if found:
                return int(found.group(1))
            ready, _, _ = select.select([fd], [], [], 0.5)
            chunk = os.read(fd, 65536) if ready else b""
            seen += chunk
            if not chunk and proc.poll() is not None:
                raise RuntimeError(
                    f"roleplay serve exited early ({proc.returncode}): "
                    f"{seen.decode(errors='replace')}"
                )
        raise RuntimeError(f"roleplay serve printed no port: {seen.decode(errors='replace')}")
    finally:
        _READ_EARLY[proc.pid] = seen


def start_serve(*args: str) -> tuple[subprocess.Popen[bytes], int]:
    """``roleplay serve --port 0 ARGS``: the system gives the host a free port when it binds
    (no window in which another program could take a port chosen beforehand); the host's
    banner, printed once it listens, names it."""
    proc = subprocess.Popen(
        roleplay_cmd("serve", "--port", "0", *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        port = read_port(proc)  # the banner comes after the host is listening
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
    out = _READ_EARLY.pop(proc.pid, b"") + (out or b"")
    return out.decode(errors="replace")


def play_hotseat(names: str, workshop: str, replies: list[str], seed: int = 4) -> str:
    """``roleplay workshop hotseat BUDGET --names NAMES --plain``, fed ``replies``; its output."""
    from ..budget import PLAY_BUDGET

    done = subprocess.run(
        roleplay_cmd(
            "workshop",
            "hotseat",
            PLAY_BUDGET,
            "--names",
            names,
            "--workshop",
            workshop,
            "--plain",
            "--seed",
            str(seed),
        ),
        input="\n".join(replies) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
