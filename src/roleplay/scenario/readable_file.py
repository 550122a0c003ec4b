"""What a scenario file must be before anything reads it: a regular file of at most
:data:`MAX_BYTES`. Light (no YAML), so the caches can ask it as well as the loader."""

from __future__ import annotations

import stat

MAX_BYTES = 1_000_000  # a big scenario is ~50 KB


def not_regular(mode: int) -> str | None:
    """Why a file with this ``st_mode`` cannot be read as YAML text (None: a regular file).
    Asked before opening: opening a named pipe waits for a writer, a device may never end."""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a pipe, device or socket)"
    return None
