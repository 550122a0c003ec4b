"""What the CLI tests share: a subprocess runner and a strong play-through of budget_pushback."""

from __future__ import annotations

import os
import subprocess
import sys

STRONG_BUDGET_REPLIES = [
    "It sounds like the board is putting real pressure on you to find 30% of the Q3 budget by "
    "Friday. What matters most to them?",
    "That overrun in Q4 must have been stressful to explain to the board. What would a good "
    "outcome look like for you?",
    "What if we phase it together: protect the launch, cut the rest, and review in week 6?",
    "Yes, we commit together. Let's agree the launch stays protected and we report in week 6.",
]


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
