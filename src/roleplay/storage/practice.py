"""Practice without saving: when the data folder cannot be written (a read-only disk, a folder
without write permission, ``ROLEPLAY_HOME`` naming a file), a learner who only wants to
practise still can. Playing says so in one coded line (RP716) and runs with no recorder, so
nothing claims to be saved; commands whose point is to write (``resume``, ``export``, a
workshop) still stop with the storage error and exit code 2.
"""

from __future__ import annotations

from roleplay.errors import Diagnostic, StorageError

PRACTICE_ONLY = "RP716"
# Only "cannot create or write" opens practice: a damaged, locked or newer database is kept
# as it is and reported (RP701-RP703), so nobody practises over sessions they may want back.
_UNWRITABLE = "RP704"


def practice_warning(exc: StorageError) -> Diagnostic | None:
    """The one-line warning to play on without saving, or None when ``exc`` must stop."""
    if exc.code != _UNWRITABLE:
        return None
    return Diagnostic(
        PRACTICE_ONLY,
        f"practising without saving: {exc.diagnostic.message}; nothing of this session is kept",
        "make the folder writable, or set ROLEPLAY_HOME to a folder you can write, to keep "
        "your sessions",
        severity="warning",
    )


NOT_SAVED = "Not saved: this was practice without saving (RP716)."
