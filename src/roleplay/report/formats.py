"""One entry point for session exports: render a format, or write it to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from roleplay.sanitise import json_text
from roleplay.storage import SessionStore, exports_dir

from .export_file import own_folder, refuse_database, write_atomically
from .session_export import SessionExport, load_export
from .session_html import to_html
from .session_json import to_json
from .session_markdown import to_markdown
from .xapi import statements

Format = Literal["md", "html", "json", "xapi"]
FORMAT_NAMES: tuple[Format, ...] = ("md", "html", "json", "xapi")


def _xapi_text(export: SessionExport) -> str:
    return json_text(statements(export), indent=2) + "\n"


RENDERERS: dict[Format, tuple[Callable[[SessionExport], str], str]] = {
    "md": (to_markdown, ".md"),
    "html": (to_html, ".html"),
    "json": (to_json, ".json"),
    "xapi": (_xapi_text, ".xapi.json"),
}


def render(export: SessionExport, fmt: Format) -> str:
    return RENDERERS[fmt][0](export)


def default_export_path(export: SessionExport, fmt: Format) -> Path:
    r = export.record
    return own_folder(exports_dir()) / f"session-{r.id}-{r.scenario_id}{RENDERERS[fmt][1]}"


def write_export(text: str, target: Path, database: Path) -> Path:
    """Write an export atomically; refuses (RP724) any path that is the database or its
    WAL/SHM file, compared by identity so a hard link counts (see :mod:`.export_file`)."""
    refuse_database(target, database)
    return write_atomically(text, target)


def export_session(
    store: SessionStore, session_id: int, fmt: Format, target: Path | None = None
) -> Path:
    """Render a saved session and write it (by default under the data folder's exports/)."""
    export = load_export(store, session_id)
    path = target or default_export_path(export, fmt)
    return write_export(render(export, fmt), path, store.path)
