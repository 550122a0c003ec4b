"""A scenario with where it came from, without the loader (no pydantic, no PyYAML)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Scenario

if TYPE_CHECKING:
    from .yaml_source import SourceMap


@dataclass(frozen=True)
class LoadedScenario:
    """A scenario with where it came from: the file, its source map and a content hash.

    The source map (where each value sits in the file, for lint and error messages) is made
    from ``text`` on first use when the scenario came from the play cache. ``text`` is what a
    saved session keeps: the file, with its includes written in when it has any.
    """

    scenario: Scenario
    parsed_source: SourceMap | None = field(repr=False, compare=False)
    path: Path | None
    content_hash: str
    text: str

    @property
    def source(self) -> SourceMap:
        if self.parsed_source is None:
            from .yaml_source import parse_yaml

            _, source = parse_yaml(self.text, str(self.path) if self.path else "<string>")
            object.__setattr__(self, "parsed_source", source)
            return source
        return self.parsed_source
