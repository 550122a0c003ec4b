"""Hot reload: notice when a scenario file changes and hand back the new version or its problems.

:class:`ScenarioWatcher` polls (size and modification time first, then a content hash, so a
``touch`` or an editor's save-without-change does not count); a scenario with ``include:`` is
watched together with exactly the files it includes, so editing a file of shared intents reloads
it too, and nothing else in its folder is looked at. Front ends call :meth:`poll` from their own
loop or timer; it never raises for a broken file, it returns the diagnostics.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.errors import Diagnostic, ScenarioError

from .file_stamps import dependencies, dependency_stamps
from .lint import lint
from .loaded import LoadedScenario
from .loader import load_file
from .readable_file import read_head


@dataclass(frozen=True)
class Reloaded:
    """The file changed and loads: the new scenario and its lint diagnostics (maybe errors)."""

    loaded: LoadedScenario
    diagnostics: list[Diagnostic]
    changed: tuple[Path, ...] = ()  # the files whose content changed (the scenario, includes)

    @property
    def playable(self) -> bool:
        return True


@dataclass(frozen=True)
class Broken:
    """The file changed but cannot become a scenario; keep playing the last good version."""

    diagnostics: list[Diagnostic]
    changed: tuple[Path, ...] = ()

    @property
    def playable(self) -> bool:
        return False


WatchEvent = Reloaded | Broken
Stamp = tuple[int, int, tuple[tuple[str, str], ...]] | None


@dataclass
class ScenarioWatcher:
    path: Path
    _stamp: Stamp = None
    _digest: dict[Path, str] | None = None  # per file: the scenario first, then its includes
    last_good: LoadedScenario | None = field(default=None)

    def load(self) -> WatchEvent:
        """Load the file now (whether or not it changed) and remember its state."""
        self._stamp = self._current_stamp()
        self._digest = self._current_digest()
        return self._load()

    def poll(self) -> WatchEvent | None:
        """None when the file is unchanged since the last load or poll."""
        stamp = self._current_stamp()
        if stamp == self._stamp:
            return None
        self._stamp = stamp
        digest = self._current_digest()
        if digest == self._digest:
            return None
        before, self._digest = self._digest or {}, digest
        now = digest or {}
        changed = tuple(p for p in {**before, **now} if before.get(p) != now.get(p))
        return self._load(changed or (self.path,))

    def _load(self, changed: tuple[Path, ...] = ()) -> WatchEvent:
        try:
            loaded = load_file(self.path)
        except ScenarioError as exc:
            return Broken(exc.diagnostics, changed)
        self.last_good = loaded
        return Reloaded(loaded, lint(loaded), changed)

    def _current_stamp(self) -> Stamp:
        """The file's size and time, and those of the files it includes (file_stamps.py)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        deps = dependency_stamps(self.path)
        return (st.st_size, st.st_mtime_ns, tuple(sorted((k, repr(v)) for k, v in deps.items())))

    def _current_digest(self) -> dict[Path, str] | None:
        """A hash of the file and of each file it includes, so an edit of a shared intents
        file reloads the scenario (and says which file changed) and a `touch` or a new editor
        swap file does not."""
        digests: dict[Path, str] = {}
        for path in [self.path, *dependencies(self.path)]:
            try:
                head = read_head(path)  # a pipe is never opened (the loader says RP002)
            except OSError:
                head = None
            if path == self.path and head is None:
                return None
            digest = hashlib.sha256(f"{-1 if head is None else len(head)}\0".encode())
            digest.update(head or b"")
            digests[path] = digest.hexdigest()
        return digests
