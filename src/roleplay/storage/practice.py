"""Practice without saving: when the data folder cannot be written (a read-only disk, a folder
without write permission, ``ROLEPLAY_HOME`` naming a file), a learner who only wants to
practise still can. Playing says so in one coded line (RP716) and runs with no recorder, so
nothing claims to be saved; commands whose point is to write (``resume``, a workshop) still
stop with the storage error and exit code 2 (``history``, ``stats`` and ``export`` open an
existing database read-only: ``SessionStore.open_for_reading``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.errors import Diagnostic, StorageError

if TYPE_CHECKING:
    from .store import SessionStore

PRACTICE_ONLY = "RP716"
# Only "cannot create or write" opens practice: a damaged, locked or newer database is kept
# as it is and reported (RP701-RP703), so nobody practises over sessions they may want back.
_UNWRITABLE = "RP704"


def practice_warning(exc: StorageError) -> Diagnostic | None:
    """The one-line warning to play on without saving, or None when ``exc`` must stop."""
    if exc.code != _UNWRITABLE:
        return None
    from .connection import FULL_DISK_HINT

    fix = (
        "free some disk space, or set ROLEPLAY_HOME to a folder on another disk"
        if exc.diagnostic.hint == FULL_DISK_HINT  # a full disk is not a folder to make writable
        else "make the folder writable, or set ROLEPLAY_HOME to a folder you can write"
    )
    return Diagnostic(
        PRACTICE_ONLY,
        f"practising without saving: {exc.diagnostic.message}; nothing of this session is kept",
        f"{fix}, to keep your sessions",
        severity="warning",
    )


def open_or_practise(*, practice: bool = True) -> SessionStore | Diagnostic:
    """The session store, or the RP716 warning when the data folder cannot be written and
    ``practice`` allows playing on without saving; any other storage error is raised."""
    from .store import SessionStore

    try:
        return SessionStore.open()
    except StorageError as exc:
        warning = practice_warning(exc)
        if warning is None or not practice:
            raise
        return warning


NOT_SAVED = "Not saved: this was practice without saving (RP716)."
