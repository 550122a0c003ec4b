"""Two terminals joining one workshop in line mode under the same name ("Zed", then "zed"):
line mode continues a participant by name, so both played as one person at once, and the first
to stop marked the other "(left)" on the board. The second is now refused with RP832 while
the first plays, before it changes anything; once the first is gone the name is free again."""

from __future__ import annotations

import os

from roleplay.storage.workshop import WorkshopStore
from roleplay.storage.workshop.host_lock import hold_line_mode_name

from ..budget import GOOD_REPLIES
from ..cli.helpers import run_main
from .rooms import open_room

ROOM = ["--workshop", "Same name", "--name"]


def _room() -> tuple[WorkshopStore, str]:
    return open_room("Same name")


def test_a_second_terminal_under_a_name_in_play_is_refused_and_changes_nothing() -> None:
    store, workshop_id = _room()
    zed = store.join(workshop_id, "Zed")
    held = hold_line_mode_name(store.path, workshop_id, "Zed")  # the first terminal plays
    try:
        before = store.conn.execute(
            "SELECT last_seen, left_at, show_name FROM workshop_participants WHERE id = ?",
            (zed.id,),
        ).fetchone()
        done = run_main("workshop", "play", *ROOM, " zed", "--show-name", stdin="hello\n")
        assert done.returncode == 2
        (line,) = done.stderr.splitlines()
        assert "RP832" in line and "the name 'zed' is in use" in line
        after = store.conn.execute(
            "SELECT last_seen, left_at, show_name FROM workshop_participants WHERE id = ?",
            (zed.id,),
        ).fetchone()
        assert after == before  # not marked left, consent untouched
        other = run_main("workshop", "play", *ROOM, "Ann", stdin=GOOD_REPLIES[0] + "\n")
        assert other.returncode == 0, other.stderr  # other names join as ever
    finally:
        os.close(held)
    again = run_main("workshop", "play", *ROOM, "zed", stdin=GOOD_REPLIES[0] + "\n")
    assert again.returncode == 0, again.stderr  # the first one stopped: the name is free
