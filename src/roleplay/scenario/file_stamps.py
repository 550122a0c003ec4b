"""What tells a cache that a scenario file changed: its size and times, the files it may include,
and the loader's own code. Shared by the catalogue's cache and the play cache."""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any

from .readable_file import read_head

YAML = (".yaml", ".yml")
_INCLUDE = re.compile(r"^[\"']?include[\"']?\s*:", re.MULTILINE)


def stamp(path: Path) -> list[int] | None:
    """What changes when a file changes: size and modification times (None: it is gone)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns]


@functools.cache
def loader_stamp() -> list[Any]:
    """The version and the scenario package's code: a new loader may judge a file differently.

    In the shape it reads back from JSON (tuples as lists), for both caches to compare with what
    they kept; taken once per process, since the code that judges files is the code this process
    loaded. Read-only."""
    from roleplay import __version__

    here = Path(__file__).parent
    code = sorted((p.name, stamp(p)) for p in here.glob("*.py"))
    stamp_now: list[Any] = json.loads(json.dumps([__version__, code]))
    return stamp_now


def dependencies(path: Path, *, broken: bool) -> list[Path]:
    """Files besides ``path`` whose change can change what ``path`` loads into.

    A scenario that includes files, and a broken one (it may be broken because of an include
    that is missing or wrong), depend on every YAML file in their folder: includes must lie
    inside it (and on the folders themselves: a file may appear). Any other scenario depends on
    its own file only.
    """
    if stamp(path) is None:  # a missing file loads into nothing (the loader says RP001)
        return []
    if not broken and not _may_include(path):
        return []
    folder = path.parent  # a folder's own times change when a file is added or removed
    return [folder, *sorted(_yaml_tree(folder))]


def _yaml_tree(folder: Path) -> list[Path]:
    """The folders under ``folder`` and their YAML files. A folder that cannot be read or that
    vanishes while it is walked is left out (os.walk skips it) instead of ending the command
    with a traceback; links to folders are not followed."""
    found: list[Path] = []
    for here, dirs, files in os.walk(folder):
        base = Path(here)
        found += [base / d for d in dirs]
        found += [base / f for f in files if Path(f).suffix in YAML]
    return found


def _may_include(path: Path) -> bool:
    """Whether the file may have an ``include:`` key. Read only as far as the loader would (a
    huge file is not read whole), and a pipe or device is never opened (the loader refuses
    both). Unsure (unreadable, not UTF-8): yes."""
    try:
        head = read_head(path)
    except OSError:
        return True
    if head is None:
        return False
    try:
        return _INCLUDE.search(head.decode("utf-8")) is not None
    except UnicodeDecodeError:
        return True


def dependency_stamps(path: Path, *, broken: bool) -> dict[str, list[int] | None]:
    return {str(p): stamp(p) for p in dependencies(path, broken=broken) if p != path}


def unchanged(path: Path, file_stamp: Any, deps: Any) -> bool:
    """Whether ``path`` and every dependency still have the stamps recorded with them."""
    if file_stamp != stamp(path) or not isinstance(deps, dict):
        return False
    return all(stamp(Path(dep)) == was for dep, was in deps.items())
