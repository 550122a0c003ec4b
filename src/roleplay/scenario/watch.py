"""Hot reload: notice when a scenario file changes and hand back the new version or its problems.

:class:`ScenarioWatcher` polls (size and modification time first, then a content hash, so a
``touch`` or an editor's save-without-change does not count). Front ends call :meth:`poll`
from their own loop or timer; it never raises for a broken file, it returns the diagnostics.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.errors import Diagnostic, ScenarioError

from .lint import lint
from .loaded import LoadedScenario
from .loader import load_file
from .readable_file import read_head


@dataclass(frozen=True)
class Reloaded:
    """The file changed and loads: the new scenario and its lint diagnostics (maybe errors)."""

    loaded: LoadedScenario
    diagnostics: list[Diagnostic]

    @property
    def playable(self) -> bool:
        return True


@dataclass(frozen=True)
class Broken:
    """The file changed but cannot become a scenario; keep playing the last good version."""

    diagnostics: list[Diagnostic]

    @property
    def playable(self) -> bool:
        return False


WatchEvent = Reloaded | Broken


@dataclass
class ScenarioWatcher:
    path: Path
    _stamp: tuple[int, int] | None = None
    _digest: str | None = None
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
        self._digest = digest
        return self._load()

    def _load(self) -> WatchEvent:
        try:
            loaded = load_file(self.path)
        except ScenarioError as exc:
            return Broken(exc.diagnostics)
        self.last_good = loaded
        return Reloaded(loaded, lint(loaded))

    def _current_stamp(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns)

    def _current_digest(self) -> str | None:
        try:
            head = read_head(self.path)  # a pipe is never opened (the loader says RP002)
        except OSError:
            return None
        return None if head is None else hashlib.sha256(head).hexdigest()
