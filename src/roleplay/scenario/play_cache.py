"""A validated scenario kept as JSON, so playing an unchanged file loads neither pydantic nor
PyYAML (about 13 MiB of the TUI's memory, and their import time).

One file per scenario file under the cache folder (``scenarios/``), written when the file is
loaded and validated (the picker's scan, or the first time it is played), and used only while
the file, the files it may include and the loader's own code are unchanged
(:mod:`roleplay.scenario.file_stamps`, as the catalogue's cache). The objects are written with
their class names and read back only into the classes of :mod:`roleplay.scenario.model` (and
dicts and tuples).

Nothing in a cache file is trusted as it is stored: its first line holds a BLAKE2b digest of the
rest (the record), and the record holds the digest of the bytes of the scenario file and of every
file it includes as they were validated. A record whose seal does not match (a damaged or hand-edited
file), or that does not decode into the model's classes, is set aside with a one-line RP012
notice, and the scenario is read from its YAML as before (a file that merely changed since is
read again silently). Headless and light: json, zlib, _blake2 and the plain model only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from roleplay.errors import Diagnostic

from .codes import CACHE_NOT_VERIFIED
from .file_stamps import dependency_stamps, loader_stamp, stamp, unchanged
from .loaded import LoadedScenario
from .model import PARTS, Scenario
from .seal import digest, sealed, unsealed, write_new

FOLDER = "scenarios"
_FORMAT = 2  # 1: one JSON object, no seal
_TAG = "@"

Notice = Callable[[Diagnostic], None]


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


def read(
    path: Path, folder: Path | None = None, notice: Notice | None = None
) -> LoadedScenario | None:
    """The scenario kept for ``path``, or None when there is none, anything it depends on
    changed, or the kept file fails its checks (then ``notice`` is told why, in one line)."""
    key = _key(path)
    file = cache_file(key, folder or default_folder())
    try:
        data = file.read_bytes()
    except OSError:
        return None
    record = _unsealed(data)
    if record == _OLDER:
        return None
    if not isinstance(record, dict):
        _refused(file, path, "its seal does not match what it holds", notice)
        return None
    if record.get("path") != key or record.get("loader") != loader_stamp():
        return None  # another file kept in the same place, or kept by another loader
    if not unchanged(path, record.get("stamp"), record.get("deps")):
        return None
    if record.get("source") != source_digest(path, record.get("deps", {})):
        return None  # the same stamps over other bytes: read again
    digest, text = record.get("hash"), record.get("text")
    try:
        scenario = decode(record.get("scenario"))
    except (KeyError, TypeError, ValueError, RecursionError):
        scenario = None
    if not (isinstance(scenario, Scenario) and isinstance(digest, str) and isinstance(text, str)):
        _refused(file, path, "what it holds is not a scenario", notice)
        return None
    return LoadedScenario(scenario, None, path, digest, text)


_OLDER = "older"  # a file kept by an older format: rebuilt without a word


def _unsealed(data: bytes) -> dict[str, Any] | str | None:
    """The record of a cache file whose first line is its format and the digest of the rest;
    ``_OLDER`` for a file of an older format, None for anything else."""
    if data.startswith(b'{"format": 1,'):
        return _OLDER
    body = unsealed(_FORMAT, data)
    if body is None:
        return None
    try:
        record = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def _refused(file: Path, path: Path, why: str, notice: Notice | None) -> None:
    if notice is not None:
        notice(
            Diagnostic(
                CACHE_NOT_VERIFIED,
                f"{file}: the play cache's copy of {path.name} was set aside ({why}: damaged or "
                f"edited); the scenario is read from {path.name} and kept again",
                severity="warning",
            )
        )
    return None


def source_digest(path: Path, deps: Iterable[str]) -> str | None:
    """The digest of the bytes of ``path`` and of the files it may include (``deps``, as its
    stamps name them), in order; None when the scenario file cannot be read."""
    summed = digest()
    for file in (path, *map(Path, deps)):
        try:
            data = file.read_bytes()
        except OSError:
            if file == path:
                return None
            data = b""
        summed.update(len(data).to_bytes(8, "big") + data)
    return summed.hexdigest()


def load(path: Path, folder: Path | None = None, notice: Notice | None = None) -> LoadedScenario:
    """The scenario in ``path``: from the cache while the file is unchanged and the kept copy
    passes its checks, otherwise read and validated (then kept). Raises the loader's coded
    errors for a file that does not load; a kept copy that fails its checks is told to
    ``notice`` in one line."""
    kept = read(path, folder, notice)
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
    cache that cannot be written is simply not used. The bytes hashed are read after the
    scenario was: if the file changed in between, its stamps no longer match ``taken`` and the
    copy is never used."""
    if loaded.path is None or taken[0] is None:
        return
    key = _key(loaded.path)
    file = cache_file(key, folder or default_folder())
    tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    try:
        record = {
            "loader": loader_stamp(),
            "path": key,
            "stamp": taken[0],
            "deps": taken[1],
            "source": source_digest(loaded.path, taken[1]),
            "hash": loaded.content_hash,
            "text": loaded.text,
            "scenario": encode(loaded.scenario),
        }
        body = json.dumps(record).encode("utf-8", "surrogatepass")
        file.parent.mkdir(parents=True, exist_ok=True)
        write_new(tmp, sealed(_FORMAT, body))  # never through a link left at its name
        os.replace(tmp, file)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _key(path: Path) -> str:
    """The same file under another working folder is the same file."""
    return str(path.absolute())
