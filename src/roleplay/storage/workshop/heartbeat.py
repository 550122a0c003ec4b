"""Line mode and the hot seat stay active on the board while they run.

The board counts a participant active while their app is open: seen within
``ACTIVE_WINDOW_S`` and not left. The browser's and the terminal app's participant beat every
``HEARTBEAT_S`` on the app's timer; line mode waits in a blocking read for the next reply, so
nothing marked it seen between replies, and a participant who thought for more than 90 seconds
(or a hot seat passing the keyboard round) was shown as gone with the terminal open.
:func:`keep_active` beats from a thread of its own, on a connection of its own (a sqlite
connection belongs to the thread that made it), until the block ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from roleplay.errors import RoleplayError
from roleplay.storage.connection import connect

from .board import HEARTBEAT_S
from .store import WorkshopStore


@contextmanager
def keep_active(path: Path, participant_ids: list[int]) -> Iterator[None]:
    """Mark ``participant_ids`` seen every ``HEARTBEAT_S`` seconds while the block runs."""
    stop = threading.Event()
    every = HEARTBEAT_S

    def beat() -> None:
        conn = connect(path)
        try:
            store = WorkshopStore(conn, path)
            while not stop.wait(every):
                for pid in participant_ids:
                    try:
                        store.touch(pid)
                    except RoleplayError:  # a busy database: the next beat tries again
                        pass
        finally:
            conn.close()

    thread = threading.Thread(target=beat, name="workshop-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
