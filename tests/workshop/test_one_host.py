"""One host per workshop: a second `roleplay serve` of a workshop being served is refused.

Found by a security probe: a second host of the same workshop (another --port, as RP810's hint
suggests while the first still runs) rewrote the workshop's join code, so a host on the room's
network that asked for a code let anyone in once a loopback dry run of the same workshop, which
needs no code, was started.
"""

from __future__ import annotations

import subprocess

from roleplay.storage.workshop import WorkshopStore, open_workshop_db

from .serving import roleplay_cmd, start_serve, stop

NAME = "One host"
BOUND_S = 120  # a bound for a host that never ends, never a speed check


def _store() -> WorkshopStore:
    conn, path = open_workshop_db()
    return WorkshopStore(conn, path)


def test_a_second_host_of_a_served_workshop_is_refused_and_changes_nothing() -> None:
    first, _port = start_serve(
        "--workshop", NAME, "--scenario", "budget_pushback", "--join-code", "K7PM4QX"
    )
    try:
        # A subprocess with a bound: before the fix the second host served on and never ended.
        second = subprocess.run(
            roleplay_cmd("serve", "--workshop", NAME, "--port", "0", "--no-round"),
            capture_output=True,
            text=True,
            timeout=BOUND_S,
        )
        assert second.returncode == 2
        err = second.stderr
        assert "RP833" in err and f"workshop '{NAME}' is already being served" in err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        store = _store()
        workshop = store.workshop(NAME)
        assert workshop.needs_code and store.check_code(workshop.id, "K7PM4QX")
        store.conn.close()
    finally:
        stop(first)
    again, _port = start_serve("--workshop", NAME, "--scenario", "budget_pushback")
    assert "Continuing this workshop" in stop(again)  # a stopped host lets go of it
