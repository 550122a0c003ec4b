"""The picker's list of scenarios: every file in the library, loaded or with its one-line error.

Loading runs in a worker thread (it imports the YAML loader and pydantic), so the picker appears
before the library is read. A broken file is an entry with ``error`` set, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roleplay.engine import CompiledScenario
    from roleplay.scenario import LoadedScenario


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
    loaded: LoadedScenario | None = None

    @property
    def playable(self) -> bool:
        return self.loaded is not None and self.error is None

    def matches(self, needle: str) -> bool:
        needle = needle.strip().lower()
        if not needle:
            return True
        hay = " ".join((self.id, self.title, self.summary, self.difficulty, self.counterpart))
        return all(word in hay.lower() for word in needle.split())

    def compile(self) -> CompiledScenario:
        from roleplay.engine import compile_scenario

        assert self.loaded is not None
        return compile_scenario(self.loaded)


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return first


def load_entry(path: Path) -> CatalogueEntry:
    from roleplay.errors import RoleplayError
    from roleplay.scenario import load_file

    try:
        loaded = load_file(path)
    except RoleplayError as exc:
        return CatalogueEntry(path, path.stem, path.name, error=_one_line(exc.format()))
    except Exception as exc:  # a scenario file must never crash the picker
        return CatalogueEntry(path, path.stem, path.name, error=f"{path.name}: {exc!r}")
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
    )


def entry_for(compiled: CompiledScenario) -> CatalogueEntry:
    sc = compiled.scenario
    return CatalogueEntry(
        path=compiled.loaded.path,
        id=sc.id,
        title=sc.title,
        summary=sc.summary,
        difficulty=sc.difficulty,
        states=len(sc.states),
        counterpart=f"{sc.counterpart.name}, {sc.counterpart.role}",
        loaded=compiled.loaded,
    )


def load_catalogue(folder: Path | None = None) -> list[CatalogueEntry]:
    from roleplay.scenario.library import scenario_files

    try:
        files = scenario_files(folder)
    except OSError as exc:
        return [CatalogueEntry(None, "library", "scenario library", error=str(exc))]
    return [load_entry(p) for p in files]
