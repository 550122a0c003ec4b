"""A validated scenario kept as JSON, so playing an unchanged file loads neither pydantic nor
PyYAML (about 13 MiB of the TUI's memory, and their import time).

One file per scenario file under the cache folder (``scenarios/``), written when the file is
loaded and validated (the picker's scan, or the first time it is played), and used only while
the file, the files it may include and the loader's own code are unchanged
(:mod:`roleplay.scenario.file_stamps`, as the catalogue's cache). The objects are written with
their class names and read back only into the classes of :mod:`roleplay.scenario.model` (and
dicts and tuples): a damaged or foreign file is ignored and the scenario is loaded from its
YAML as before. Headless and light: json, zlib and the plain model only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import zlib
from pathlib import Path
from typing import Any

from .file_stamps import dependency_stamps, loader_stamp, stamp, unchanged
from .loaded import LoadedScenario
from .model import PARTS, Scenario

FOLDER = "scenarios"
_FORMAT = 1
_TAG = "@"


def default_folder() -> Path:
    from roleplay.paths import cache_dir

    return cache_dir() / FOLDER


def cache_file(key: str, folder: Path) -> Path:
    """Where the scenario of the file at ``key`` (its absolute path) is kept. Two paths that
    share a name and a checksum share the place (each record names its file, so one simply
    replaces the other); zlib is loaded already, hashlib (OpenSSL, 0.7 MiB) would not be."""
    checksum = zlib.crc32(key.encode("utf-8", "surrogatepass"))
    return folder / f"{Path(key).stem[:40]}-{checksum:08x}.json"


def encode(value: Any) -> Any:
    """A scenario (or any part of it) as JSON-ready data, each object tagged with its class."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if PARTS.get(name) is not type(value):
            raise TypeError(f"not a scenario part: {name}")
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {_TAG: name, **fields}
    if isinstance(value, dict):
        return {_TAG: "dict", "items": [[key, encode(item)] for key, item in value.items()]}
    if isinstance(value, tuple):
        return {_TAG: "tuple", "items": [encode(item) for item in value]}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in the play cache")


def decode(data: Any) -> Any:
    """The objects :func:`encode` wrote (raises KeyError or TypeError on anything else)."""
    if isinstance(data, list):
        return [decode(item) for item in data]
    if not isinstance(data, dict):
        return data
    tag = data[_TAG]
    if tag == "dict":
        return {key: decode(item) for key, item in data["items"]}
    if tag == "tuple":
        return tuple(decode(item) for item in data["items"])
    part = PARTS[tag]  # KeyError for anything that is not a scenario part
    return part(**{key: decode(item) for key, item in data.items() if key != _TAG})


def read(path: Path, folder: Path | None = None) -> LoadedScenario | None:
    """The scenario kept for ``path``, or None when there is none or anything it depends on
    changed."""
    key = _key(path)
    try:
        record = json.loads(cache_file(key, folder or default_folder()).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.get("format") != _FORMAT:
        return None
    if record.get("path") != key or record.get("loader") != loader_stamp():
        return None
    if not unchanged(path, record.get("stamp"), record.get("deps")):
        return None
    digest, text = record.get("hash"), record.get("text")
    try:
        scenario = decode(record.get("scenario"))
    except (KeyError, TypeError, ValueError, RecursionError):
        return None
    if not (isinstance(scenario, Scenario) and isinstance(digest, str) and isinstance(text, str)):
        return None
    return LoadedScenario(scenario, None, path, digest, text)


def load(path: Path, folder: Path | None = None) -> LoadedScenario:
    """The scenario in ``path``: from the cache while the file is unchanged, otherwise read and
    validated (then kept). Raises the loader's coded errors for a file that does not load."""
    kept = read(path, folder)
    if kept is not None:
        return kept
    from .loader import load_file

    before = stamps(path)
    loaded = load_file(path)
    write(loaded, before, folder)
    return loaded


Stamps = tuple[list[int] | None, dict[str, list[int] | None]]


def stamps(path: Path) -> Stamps:
    """The file's stamps, taken *before* it is read: a change while it is read then makes the
    kept copy stale instead of keeping the old content under the new stamp."""
    return stamp(path), dependency_stamps(path)


def write(loaded: LoadedScenario, taken: Stamps, folder: Path | None = None) -> None:
    """Keep a scenario loaded from a file whose stamps were ``taken`` before it was read; a
    cache that cannot be written is simply not used."""
    if loaded.path is None or taken[0] is None:
        return
    key = _key(loaded.path)
    record = {
        "format": _FORMAT,
        "loader": loader_stamp(),
        "path": key,
        "stamp": taken[0],
        "deps": taken[1],
        "hash": loaded.content_hash,
        "text": loaded.text,
        "scenario": encode(loaded.scenario),
    }
    file = cache_file(key, folder or default_folder())
    tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    try:
        data = json.dumps(record)
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, file)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _key(path: Path) -> str:
    """The same file under another working folder is the same file."""
    return str(path.absolute())
