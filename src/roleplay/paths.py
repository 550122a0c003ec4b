"""Where roleplay keeps its files: ``ROLEPLAY_HOME`` if set, else the platform's user folders.

Headless and light (no storage, no scenario model), so any layer can ask where its files go.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "roleplay.sqlite3"


def _home() -> Path | None:
    override = os.environ.get("ROLEPLAY_HOME")
    return Path(override).expanduser() if override else None


def data_dir() -> Path:
    """The folder for the database and exports (not created here)."""
    from platformdirs import user_data_dir

    return _home() or Path(user_data_dir("roleplay", appauthor=False))


def cache_dir() -> Path:
    """The folder for files that can be rebuilt at any time (the scenario catalogue's cache)."""
    from platformdirs import user_cache_dir

    home = _home()
    return home / "cache" if home else Path(user_cache_dir("roleplay", appauthor=False))


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def exports_dir() -> Path:
    return data_dir() / "exports"
