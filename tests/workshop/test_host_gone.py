"""A participant app ends when the host that started it is gone.

`roleplay serve` killed with SIGKILL (or crashed) cannot stop its participants' processes:
they are in their own sessions. Each one left running held ~130 MB and kept heartbeating, so
the board showed its participant as active for good, long after their browser had gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import WorkshopStore, board_snapshot, open_workshop_db
from roleplay.tui.workshop_app import HOST_GONE, ParticipantApp, workshop_entries

from ..budget import PLAY_BUDGET
from ..tui.helpers import wait_until

# Starts a participant the way the host does (directly, in its own session, talking over
# pipes to the web driver), relays its output until the app has drawn its first screen,
# prints its pid, then keeps relaying until it is killed.
LAUNCHER = """
import os, subprocess, sys, threading
env = dict(os.environ, TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver",
           COLUMNS="100", ROWS="30")
child = subprocess.Popen(
    [sys.executable, "-m", "roleplay", "workshop", "participant", "--workshop", sys.argv[1]],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    env=env, start_new_session=True)
seen = b""
while b"Join the workshop" not in seen:
    chunk = child.stdout.read1(65536)
    if not chunk:
        sys.exit("the participant ended before it drew the join form")
    seen = seen[-100:] + chunk
print(child.pid, flush=True)
threading.Thread(target=lambda: [None for _ in iter(lambda: child.stdout.read1(65536), b"")],
                 daemon=True).start()
sys.stdin.read()
"""

GIVE_UP_S = 120.0  # a generous bound for a loaded machine; the check runs every 2 s


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purpose; only its (dead) launcher could have reaped it.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_killed_host_leaves_no_participant_process_behind() -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Crash room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    launcher = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, w.id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert launcher.stdout is not None
    child = int(launcher.stdout.readline())
    try:
        assert _alive(child)
        launcher.send_signal(signal.SIGKILL)  # the host is killed, not stopped
        launcher.wait()
        deadline = time.monotonic() + GIVE_UP_S
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(child), "the participant process outlived its host"
    finally:
        if _alive(child):
            os.killpg(child, signal.SIGKILL)
    conn.close()


async def test_a_joined_participant_is_marked_left_when_the_host_goes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Crash room", [PLAY_BUDGET], join_code=None, max_participants=5)
    store.start_round(w.id)
    sessions = SessionStore.open(path)
    app = ParticipantApp(w, store, sessions, workshop_entries(w))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(*"Ann", "enter")
        await wait_until(pilot, lambda: app.participant is not None, "joined")
        app.check_host()  # the same parent: nothing happens
        await pilot.pause()
        assert app.is_running
        monkeypatch.setattr(os, "getppid", lambda: app.parent_pid + 1)
        app.check_host()
        await wait_until(pilot, lambda: not app.is_running, "the app ended")
    assert app.return_value == HOST_GONE
    sessions.close()
    assert app.participant is not None
    store.leave_quietly(app.participant.id)  # what run_participant does on the way out
    (ann,) = board_snapshot(store.conn, w.id).participants
    assert ann.left and not ann.active
    conn.close()
