"""Which saved sessions this process is playing, so two processes never play the same one.

``roleplay resume 15`` in two terminals at once would write two answers for the same turn; the
second process is refused instead, with RP714 "session in use", before it shows or saves
anything. A claim is an exclusive advisory lock (``flock``; ``msvcrt.locking`` on Windows) on a
small file per session next to the database (``<database>.claims/<id>.lock``). The operating
system drops the lock when the process ends, however it ends, so a crashed or killed session is
never stuck "in use". The lock files are tiny and left in place (removing one while another
process waits on it would let two processes hold "the same" lock).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from roleplay.errors import StorageError

SESSION_IN_USE = "RP714"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def hold_lock(folder: Path, name: str, what: str) -> int | None:
    """An exclusive advisory lock on ``folder/name`` (both made when missing): its open file
    descriptor (close it to let go), or None when another process holds it now. RP704 when the
    lock file cannot be made; ``what`` names the lock in that message."""
    try:
        folder.mkdir(exist_ok=True)
        fd = os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StorageError("RP704", f"{folder}: cannot create {what} ({exc.strerror})") from None
    if not _try_lock(fd):
        os.close(fd)
        return None
    return fd


class SessionClaims:
    """The claims one store holds; all are released by :meth:`release_all` (store close)."""

    def __init__(self, database: Path) -> None:
        self.folder = database.with_name(database.name + ".claims")
        self._held: dict[int, int] = {}  # session id -> open file descriptor

    def claim(self, session_id: int) -> None:
        """Hold session ``session_id`` for this process; RP714 when another one holds it."""
        if session_id in self._held:
            return
        fd = hold_lock(self.folder, f"{session_id}.lock", "the session lock")
        if fd is None:
            raise StorageError(
                SESSION_IN_USE,
                f"session {session_id} is in use: another roleplay is playing it right now",
                hint="finish or close it there first; nothing was changed here",
            )
        self._held[session_id] = fd

    def holds(self, session_id: int) -> bool:
        return session_id in self._held

    def release_all(self) -> None:
        for fd in self._held.values():
            os.close(fd)  # closing the descriptor drops the lock
        self._held.clear()
