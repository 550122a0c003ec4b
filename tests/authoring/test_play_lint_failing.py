"""A scenario that fails lint still plays to the end in line mode: no crash, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "scenario" / "lint_fixtures"


@pytest.mark.parametrize(
    "name", ["rp402_dead_end", "rp403_no_fallback", "rp411_no_way_out", "rp409_missing_say"]
)
def test_lint_failing_scenario_plays(name: str, tmp_path: Path) -> None:
    replies = "\n".join(["I hear you. What matters most to you here?"] * 40) + "\n"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "roleplay",
            "play",
            str(FIXTURES / f"{name}.yaml"),
            "--plain",
            "--json",
            "--seed",
            "1",
        ],
        input=replies,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "ROLEPLAY_HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert events[-1]["event"] == "end"
