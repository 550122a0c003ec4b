"""A restarted host says it continues the workshop: what is saved, and how people get back.

After a crash the facilitator restarts `roleplay serve` with the same name; the banner was the
one of a brand-new workshop, so nobody could tell the room's work was still there or that the
join code had changed.
"""

from __future__ import annotations

from ..budget import PLAY_BUDGET
from .serving import play_hotseat, start_serve, stop


def test_a_restarted_host_says_what_it_continues() -> None:
    play_hotseat(
        "Ann, Bob",
        "Team day",
        ["That sounds like real pressure from the board.", "What does the board need?"],
        seed=2,
    )
    proc, _ = start_serve("--workshop", "Team day", "--scenario", PLAY_BUDGET)
    out = stop(proc)
    (line,) = [row for row in out.splitlines() if "Continuing" in row]
    assert "2 people, 1 conversation and 2 replies saved" in line, line
    assert "round 1 open" in line and "same browser with the same name" in line
    assert "join code" not in line  # loopback: no code, so none changed


def test_a_new_workshop_says_nothing_about_continuing() -> None:
    proc, _ = start_serve("--workshop", "Fresh room", "--scenario", PLAY_BUDGET)
    out = stop(proc)
    assert "Join at:" in out and "Continuing" not in out
