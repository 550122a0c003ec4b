"""Where roleplay keeps its files: ``ROLEPLAY_HOME`` if set, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATABASE_NAME = "roleplay.sqlite3"


def data_dir() -> Path:
    """The folder for the database and exports (not created here)."""
    override = os.environ.get("ROLEPLAY_HOME")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("roleplay", appauthor=False))


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def exports_dir() -> Path:
    return data_dir() / "exports"
