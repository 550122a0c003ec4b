"""A real plain-mode session killed with SIGKILL loses no answered turn and resumes exactly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from roleplay.engine.records import turn_to_json
from roleplay.storage import SessionStore

from ..budget import PLAY_BUDGET

REPLIES = [
    "It sounds like the board is putting real pressure on you to find 30% of the Q3 budget by "
    "Friday.",
    "No.",
    "That overrun must have been hard to explain. What would a good outcome look like for you?",
    "<script>alert(1)</script> \x1b[31m[bold]markup[/bold]\x1b[0m and bad bytes \ufffd",
]


def _read_event(stream: Any, wanted: str) -> dict[str, Any]:
    while True:
        line = stream.readline()
        assert line, "the session ended before printing " + wanted
        event: dict[str, Any] = json.loads(line)
        if event["event"] == wanted:
            return event


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("answered", [1, 3])
def test_sigkill_after_n_turns_then_resume(answered: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "play", PLAY_BUDGET, "--plain", "--json", "--seed", "5"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        _read_event(proc.stdout, "start")
        seen: list[dict[str, Any]] = []
        for text in REPLIES[:answered]:
            proc.stdin.write(text + "\n")
            proc.stdin.flush()
            seen.append(_read_event(proc.stdout, "turn"))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
        proc.stdout.close()
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    with SessionStore.open() as store:
        record = store.latest_unfinished("budget_pushback")
        assert record is not None
        assert record.outcome is None  # killed: never marked, still in progress
        saved = [turn_to_json(t) for t in store.live_turns(record.id)]
    assert [t["reply"] for t in saved] == REPLIES[:answered]
    assert [t["next_state"] for t in saved] == [e["next_state"] for e in seen]
    assert [t["meters_after"] for t in saved] == [e["meters"] for e in seen]
    assert [t["score"]["overall"] for t in saved] == [e["scores"]["overall"] for e in seen]

    resumed = subprocess.run(
        [sys.executable, "-m", "roleplay", "resume", "--json"],
        input="What would a good outcome look like for you?\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert resumed.returncode == 0, resumed.stderr
    events = [json.loads(line) for line in resumed.stdout.splitlines()]
    first = events[0]
    assert first["event"] == "resume"
    assert first["turn"] == answered
    assert first["state"] == seen[-1]["next_state"]
    assert first["meters"] == seen[-1]["meters"]
    assert first["say"] == seen[-1]["say"]
    turn = next(e for e in events if e["event"] == "turn")
    assert turn["turn"] == answered + 1

    with SessionStore.open() as store:
        assert store.session(record.id).turn_count == answered + 1
        assert len(store.sessions()) == 1
