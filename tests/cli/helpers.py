"""What the CLI tests share: a subprocess runner (the budget play-through is tests/budget.py)."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m roleplay ARGS` in a subprocess (inherits ROLEPLAY_HOME from the test)."""
    return subprocess.run(
        [sys.executable, "-m", "roleplay", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )
