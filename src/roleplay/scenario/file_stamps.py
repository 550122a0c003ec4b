"""What tells a cache that a scenario file changed: its size and times, the files it may include,
and the loader's own code. Shared by the catalogue's cache and the play cache."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .readable_file import read_head

_INCLUDE_WORD = re.compile(rb"include")


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


def dependencies(path: Path) -> list[Path]:
    """Files besides ``path`` whose change can change what ``path`` loads into: exactly the
    files its ``include:`` names, resolved as the loader resolves them (beside the scenario).

    An included file cannot include anything itself (the loader refuses that with RP306, a
    problem inside the included file, whose stamp is taken), so one level is the whole tree. A
    named file that is not there is listed too: its stamp is None until it appears. Nothing
    else in the folder is looked at, so loading or polling costs the same in a folder of ten
    files or of ten thousand. The names are read only when the scenario's own stamp changes.
    """
    own = stamp(path)
    if own is None:  # a missing file loads into nothing (the loader says RP001)
        return []
    names = _included(str(path), tuple(own))
    if not names:
        return []
    folder = path.resolve().parent  # as the loader resolves them: beside the real file
    return [folder / name for name in names]


@functools.lru_cache(maxsize=256)
def _included(path: str, own: tuple[int, ...]) -> tuple[str, ...]:
    """The names in the top-level ``include:`` of the file at ``path`` (whose stamp is ``own``:
    a changed file is read again). Names the loader refuses whatever the files hold (absolute,
    with ``..``) are left out; so is everything when the file cannot be read or parsed as far as
    its ``include:`` (then the scenario itself must change before it can load)."""
    try:
        head = read_head(Path(path))
    except OSError:
        return ()
    if head is None or _INCLUDE_WORD.search(head) is None:
        return ()
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return ()
    names = _include_value(text)
    return tuple(n for n in names if n.strip() and _inside(n))


def _inside(name: str) -> bool:
    relative = Path(name)
    return not relative.is_absolute() and ".." not in relative.parts and "\0" not in name


def _include_value(text: str) -> list[str]:
    """The scalars of the document's top-level ``include`` value, read from the YAML event
    stream (no document is built, aliases are never expanded) and only as far as that key."""
    import yaml  # not on the cache-hit path, which only compares stamps

    events = yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        for event in events:
            if isinstance(event, yaml.MappingStartEvent):
                break
            if isinstance(event, (yaml.NodeEvent, yaml.DocumentEndEvent)):
                return []  # the document is not a mapping
        while not isinstance(key := next(events), yaml.MappingEndEvent):
            _skip(key, events)
            value = next(events)
            if isinstance(key, yaml.ScalarEvent) and key.value == "include":
                if isinstance(value, yaml.ScalarEvent):
                    return [value.value]
                return _scalars(value, events) if isinstance(value, yaml.SequenceStartEvent) else []
            _skip(value, events)
    except (yaml.YAMLError, StopIteration):
        pass
    return []


def _skip(event: Any, events: Iterator[Any]) -> None:
    """Consume the rest of the node that ``event`` starts."""
    import yaml

    depth = 1 if isinstance(event, yaml.CollectionStartEvent) else 0
    while depth:
        event = next(events)
        depth += isinstance(event, yaml.CollectionStartEvent)
        depth -= isinstance(event, yaml.CollectionEndEvent)


def _scalars(start: Any, events: Iterator[Any]) -> list[str]:
    """The plain items of the sequence that ``start`` opens (nested collections skipped)."""
    import yaml

    names: list[str] = []
    while not isinstance(event := next(events), yaml.SequenceEndEvent):
        if isinstance(event, yaml.ScalarEvent):
            names.append(event.value)
        _skip(event, events)
    return names


def dependency_stamps(path: Path) -> dict[str, list[int] | None]:
    return {str(p): stamp(p) for p in dependencies(path) if p != path}


def unchanged(path: Path, file_stamp: Any, deps: Any) -> bool:
    """Whether ``path`` and every dependency still have the stamps recorded with them."""
    if file_stamp != stamp(path) or not isinstance(deps, dict):
        return False
    return all(stamp(Path(dep)) == was for dep, was in deps.items())
