"""The scenario library as a list: every file, loaded or with its one-line error, and a cache.

Reading the library means importing the YAML loader and pydantic and validating every file
(about half a second), so what the picker shows of each file (id, title, summary, level, number
of states, counterpart, or the error) is kept in a JSON cache keyed by each file's size and
modification times, the files it includes, and the loader's own code. With a fresh cache the
list is read without importing the loader at all; a file that changed is read again. A broken
file is an entry with ``error`` set, never an exception.

Headless: the picker, the workshop and the command line all list scenarios through here.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .file_stamps import dependency_stamps, loader_stamp, stamp, unchanged
from .library import dangling_link, link_out_of_folder, scenario_files
from .seal import sealed, unsealed, write_new

if TYPE_CHECKING:
    from .loaded import LoadedScenario
    from .play_cache import Notice, Stamps

CACHE_NAME = "catalogue.json"
_CACHE_FORMAT = 2  # 1: one JSON object, no seal (seal.py)
_ENTRY_FIELDS = ("id", "title", "summary", "difficulty", "states", "counterpart", "error")


def _well_typed(fields: dict[str, Any]) -> bool:
    """Whether a cached entry's fields have the types an entry holds (JSON can hold anything:
    an ``id`` of 5 in a damaged cache made `roleplay list` end in a traceback)."""
    texts = ("id", "title", "summary", "difficulty", "counterpart")
    return (
        all(isinstance(fields[k], str) for k in texts)
        and type(fields["states"]) is int
        and (fields["error"] is None or isinstance(fields["error"], str))
    )


def _begins_a_word(word: str, hay: str) -> bool:
    """``word`` occurs in ``hay`` at the start of one of its words (after a space, a
    punctuation mark or the underscore of an id: "push" begins a word of budget_pushback)."""
    at = hay.find(word)
    while at >= 0:
        if at == 0 or not hay[at - 1].isalnum():
            return True
        at = hay.find(word, at + 1)
    return False


@dataclass(frozen=True)
class CatalogueEntry:
    path: Path | None
    id: str
    title: str
    summary: str = ""
    difficulty: str = ""
    states: int = 0
    counterpart: str = ""
    error: str | None = None
    loaded: LoadedScenario | None = field(default=None, compare=False, repr=False)
    # the file's stamps (play_cache.stamps) taken before ``loaded`` was read from it
    taken: Stamps | None = field(default=None, compare=False, repr=False)

    @property
    def playable(self) -> bool:
        return self.error is None and (self.loaded is not None or self.path is not None)

    def matches(self, needle: str) -> bool:
        return self.match_rank(needle) is not None

    def match_rank(self, needle: str) -> int | None:
        """How the picker's filter text ``needle`` fits: every word typed must begin a word of
        what the picker shows (so "date" finds "Negotiate a date", not a summary's "update").
        0: all of them begin words of the title or id (listed first), 1: of anything shown
        (summary, level, counterpart too), None: no match. An empty filter ranks everything 0."""
        words = needle.strip().lower().split()
        if not words:
            return 0
        named = f"{self.id} {self.title}".lower()
        if all(_begins_a_word(w, named) for w in words):
            return 0
        hay = " ".join((named, self.summary, self.difficulty, self.counterpart)).lower()
        return 1 if all(_begins_a_word(w, hay) for w in words) else None

    def load(self, notice: Notice | None = None) -> LoadedScenario:
        """The scenario itself: kept from the scan or in the play cache while its file is
        unchanged (no pydantic, no PyYAML), or read and validated now (then kept there);
        ``notice`` hears of a kept copy set aside (RP012: damaged or edited).

        Raises the loader's coded :class:`~roleplay.errors.RoleplayError` when the file changed
        into something that no longer loads since the list was read.
        """
        if self.loaded is not None and (
            self.path is None or (self.taken is not None and unchanged(self.path, *self.taken))
        ):
            return self.loaded
        from . import play_cache

        assert self.path is not None, "an entry without a file is never playable"
        return play_cache.load(self.path, notice=notice)


def _one_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def load_entry(path: Path) -> CatalogueEntry:
    """Read and validate one file into an entry (its error, if it cannot be played)."""
    from roleplay.errors import RoleplayError

    from .loader import load_file
    from .play_cache import stamps

    refused = link_out_of_folder(path) or dangling_link(path)
    if refused is not None:  # never read: RP011 (or RP001, a link to nothing) says why
        return CatalogueEntry(path, path.stem, path.name, error=refused.format())
    taken = stamps(path)  # before reading: a change while it is read makes ``loaded`` stale
    try:
        loaded = load_file(path)
    except RoleplayError as exc:
        return CatalogueEntry(path, path.stem, path.name, error=_one_line(exc.format()))
    except Exception as exc:  # a scenario file must never crash the picker
        return CatalogueEntry(path, path.stem, path.name, error=f"{path.name}: {exc!r}")
    return entry_of(path, loaded, taken)


def entry_of(path: Path, loaded: LoadedScenario, taken: Stamps | None = None) -> CatalogueEntry:
    """The picker's line of a loaded scenario (``taken``: the file's stamps before reading)."""
    sc = loaded.scenario
    return CatalogueEntry(
        path=path,
        id=sc.id,
        title=sc.title,
        summary=sc.summary,
        difficulty=sc.difficulty,
        states=len(sc.states),
        counterpart=f"{sc.counterpart.name}, {sc.counterpart.role}",
        loaded=loaded,
        taken=taken,
    )


# -- the cache --------------------------------------------------------------------------------
class CatalogueCache:
    """The JSON file that remembers each scenario file's entry (see the module docstring)."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self._records: dict[str, dict[str, Any]] = {}
        self._changed = False
        if file is not None:
            self._records = self._read(file)

    def _read(self, file: Path) -> dict[str, dict[str, Any]]:
        try:
            body = unsealed(_CACHE_FORMAT, file.read_bytes())
            # a file edited or damaged on disk (its seal does not match: a hand-edited title
            # or id was listed as the file's) or of an older format is rebuilt from the files
            data = json.loads(body) if body is not None else None
        except (OSError, ValueError, RecursionError):
            # no cache yet, or a damaged one ('[[[[...' past the recursion limit is one too):
            # it is rebuilt, as play_cache does
            return {}
        if not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT:
            return {}
        if data.get("loader") != loader_stamp():
            return {}
        files = data.get("files")
        return files if isinstance(files, dict) else {}

    def get(self, path: Path) -> CatalogueEntry | None:
        """The remembered entry for ``path``, if neither it nor anything it depends on changed."""
        record = self._records.get(str(path))
        if link_out_of_folder(path) is not None:  # a link re-pointed out of the folder
            return None
        if not isinstance(record, dict) or not unchanged(
            path, record.get("stamp"), record.get("deps")
        ):
            return None
        fields = record.get("entry")
        if not isinstance(fields, dict) or set(fields) != set(_ENTRY_FIELDS):
            return None
        if not _well_typed(fields):  # a damaged or hand-edited cache: read the file again
            return None
        try:
            return CatalogueEntry(path=path, **fields)
        except TypeError:
            return None

    def put(self, path: Path, entry: CatalogueEntry) -> None:
        deps = dependency_stamps(path)
        # only the fields kept: asdict() would deep-copy the whole loaded scenario first (half
        # of a cold catalogue's time on a library of 300 files)
        fields = {k: getattr(entry, k) for k in _ENTRY_FIELDS}
        self._records[str(path)] = {"stamp": stamp(path), "deps": deps, "entry": fields}
        self._changed = True

    def save(self, keep: list[Path]) -> None:
        """Write the cache (only the files still listed); a cache that cannot be written is
        simply not used next time."""
        kept = {str(p) for p in keep}
        stale = set(self._records) - kept
        if self.file is None or not (self._changed or stale):
            return
        records = {k: v for k, v in self._records.items() if k in kept}
        data = {"format": _CACHE_FORMAT, "loader": loader_stamp(), "files": records}
        tmp = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            # ASCII JSON: a file name that is not UTF-8 (a lone surrogate in Python) is written
            # as a \udcxx escape and read back as the same name.
            write_new(tmp, sealed(_CACHE_FORMAT, json.dumps(data).encode("utf-8")))
            os.replace(tmp, self.file)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def default_cache_file() -> Path:
    from roleplay.paths import cache_dir

    return cache_dir() / CACHE_NAME


def _library(folder: Path | None) -> list[Path] | CatalogueEntry:
    try:
        return scenario_files(folder)
    except OSError as exc:
        return CatalogueEntry(None, "library", "scenario library", error=str(exc))


def cached_catalogue(
    folder: Path | None = None, cache_file: Path | None = None
) -> list[CatalogueEntry] | None:
    """The list from the cache alone (no YAML, no pydantic), or None if any file needs reading."""
    files = _library(folder)
    if isinstance(files, CatalogueEntry):
        return None
    cache = CatalogueCache(cache_file or default_cache_file())
    entries = []
    for path in files:
        entry = cache.get(path)
        if entry is None:
            return None
        entries.append(entry)
    return entries


def load_catalogue(
    folder: Path | None = None,
    cache_file: Path | None = None,
    *,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> list[CatalogueEntry]:
    """Every scenario file in ``folder`` (default: the library) as an entry, in name order.

    Files the cache knows unchanged are not read; the others are loaded and validated, and the
    cache is updated. ``use_cache=False`` reads every file and leaves the cache alone.
    ``progress(done, total)`` is told how many of the files that must be read are read: once
    with 0 before the first, then after each (never when every file came from the cache).
    """
    files = _library(folder)
    if isinstance(files, CatalogueEntry):
        return [files]
    from . import play_cache

    cache = CatalogueCache((cache_file or default_cache_file()) if use_cache else None)
    known = [cache.get(path) for path in files]
    total = sum(entry is None for entry in known)
    done = 0
    if progress is not None and total:
        progress(0, total)
    entries = []
    for path, kept in zip(files, known, strict=True):
        entry = kept
        if entry is None:
            entry = load_entry(path)
            cache.put(path, entry)
            if use_cache and entry.loaded is not None and entry.taken is not None:
                play_cache.write(entry.loaded, entry.taken)  # playing it later needs no pydantic
            done += 1
            if progress is not None:
                progress(done, total)
        entries.append(entry)
    cache.save(files)
    return entries
