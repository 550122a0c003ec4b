"""What a scenario file must be before anything reads it: a regular file of at most
:data:`MAX_BYTES`. Light (no YAML), so the caches can ask it as well as the loader."""

from __future__ import annotations

import stat
from pathlib import Path

MAX_BYTES = 1_000_000  # a big scenario is ~50 KB


def not_regular(mode: int) -> str | None:
    """Why a file with this ``st_mode`` cannot be read as YAML text (None: a regular file).
    Asked before opening: opening a named pipe waits for a writer, a device may never end."""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a pipe, device or socket)"
    return None


def read_head(path: Path) -> bytes | None:
    """The first ``MAX_BYTES + 1`` bytes of a regular file (as much as the loader would read);
    None for anything else, which is never opened. An unreadable file raises ``OSError``."""
    if not_regular(path.stat().st_mode) is not None:
        return None
    with path.open("rb") as fh:
        return fh.read(MAX_BYTES + 1)
