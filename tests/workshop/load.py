"""N participant processes playing a workshop at once (used by the concurrency test and the
load benchmark): each is a real ``roleplay workshop play`` subprocess on the shared database.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .serving import roleplay_cmd

SCENARIO = Path(__file__).resolve().parent / "data" / "quick_checkin.yaml"

REPLIES = (
    (
        "Sounds like you're rushed before planning. The release is on track for Thursday.",
        "One risk: the migration could slip a day. I'd like us to plan around that together.",
        "Could we agree that I flag it by noon tomorrow if it slips?",
    ),
    (
        "It's fine.",
        "No.",
        "Nothing, take it or leave it.",
    ),
    (
        "I hear the time pressure. Release: done except the docs.",
        "The docs could slip, but we have options: ship without them or add a day. What works?",
        "If you can protect Friday morning for the docs, we're set. Let's decide together.",
    ),
)


@dataclass
class PlayerRun:
    name: str
    returncode: int
    events: list[dict[str, object]]
    stderr: str

    @property
    def turn_events(self) -> list[dict[str, object]]:
        return [e for e in self.events if e.get("event") == "turn"]

    @property
    def end_event(self) -> dict[str, object] | None:
        ends = [e for e in self.events if e.get("event") == "end"]
        return ends[-1] if ends else None


def play_all(workshop: str, count: int, *, scenario: Path = SCENARIO) -> list[PlayerRun]:
    """Start ``count`` players together, feed each its replies, wait for all of them."""
    procs = []
    for i in range(count):
        name = f"Player {i + 1:02d}"
        replies = REPLIES[i % len(REPLIES)]
        proc = subprocess.Popen(
            roleplay_cmd(
                "workshop",
                "play",
                "--workshop",
                workshop,
                "--name",
                name,
                "--scenario",
                str(scenario),
                "--seed",
                str(i + 1),
                "--json",
                *(["--show-name"] if i % 2 == 0 else []),
            ),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        procs.append((name, replies, proc))
    runs = []
    for name, replies, proc in procs:
        out, err = proc.communicate("\n".join(replies) + "\n", timeout=300)
        events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        runs.append(PlayerRun(name, proc.returncode, events, err))
    return runs
