"""What the CLI tests share: the command run in-process or in a subprocess (the budget
play-through is tests/budget.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m roleplay ARGS` in a subprocess (inherits ROLEPLAY_HOME from the test): for
    what only a real process shows (the entry point, signals, a terminal, what is flushed)."""
    return subprocess.run(
        [sys.executable, "-m", "roleplay", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def run_main(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The same command through ``roleplay.cli.main`` in this process, with its own stdin,
    stdout and stderr (no terminal, as in a pipe): what a subprocess would print and exit with,
    without starting Python again. An unexpected exception is raised, not printed."""
    from roleplay.cli import main

    def stream(data: bytes = b"") -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")

    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stream(stdin.encode()), stream(), stream()
    out, err = sys.stdout, sys.stderr
    try:
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: a usage error
            code = exc.code if isinstance(exc.code, int) else 1
        out.flush()
        err.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return subprocess.CompletedProcess(list(args), code, _written(out), _written(err))


def _written(stream: io.TextIOWrapper) -> str:
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8")
