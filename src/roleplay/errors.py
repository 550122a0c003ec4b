"""One exception hierarchy for everything a person can get wrong.

Every user-facing problem carries a stable code (``RP101``), a message, an optional hint and an
optional location (``file:line:col``). Front ends print :meth:`Diagnostic.format` and exit with
:attr:`RoleplayError.exit_code`; nothing expected ever surfaces as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from roleplay.sanitise import visible

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Location:
    file: str
    line: int | None = None  # 1-based
    col: int | None = None  # 1-based

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        if self.col is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    hint: str | None = None
    location: Location | None = None
    severity: Severity = "error"

    def format(self) -> str:
        """One line for a person; text from files, users or sqlite is made visible, so an error
        can never print raw control bytes or bidi overrides, and a newline inside a file name or
        a value is shown as ``\\n``, so the error stays one line."""
        where = f"{self.location} " if self.location is not None else ""
        tail = f" ({self.hint})" if self.hint else ""
        label = "" if self.severity == "error" else "warning: "
        return visible(f"{where}{self.code} {label}{self.message}{tail}").replace("\n", "\\n")

    def to_json(self) -> dict[str, object]:
        loc = self.location
        return {
            "code": self.code,
            "severity": self.severity,
            "message": visible(self.message),
            "hint": None if self.hint is None else visible(self.hint),
            "file": loc.file if loc else None,
            "line": loc.line if loc else None,
            "col": loc.col if loc else None,
        }


class RoleplayError(Exception):
    """An expected error: bad input, a missing file, a broken database. Exit code 2 by default."""

    exit_code = 2

    def __init__(
        self,
        code: str,
        message: str,
        *,
        hint: str | None = None,
        location: Location | None = None,
    ) -> None:
        super().__init__(message)
        self.diagnostic = Diagnostic(code, message, hint, location)

    @property
    def code(self) -> str:
        return self.diagnostic.code

    def format(self) -> str:
        return self.diagnostic.format()


class ScenarioError(RoleplayError):
    """A file that cannot become a scenario. Carries every problem found, not just the first."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        if not diagnostics:
            raise ValueError("ScenarioError needs at least one diagnostic")
        first = diagnostics[0]
        super().__init__(first.code, first.message, hint=first.hint, location=first.location)
        self.diagnostics = list(diagnostics)

    def format(self) -> str:
        return "\n".join(d.format() for d in self.diagnostics)


class StorageError(RoleplayError):
    """The database cannot be opened, read or written safely."""


class SessionError(RoleplayError):
    """An action that makes no sense for the session's current state (e.g. replying after the end)."""
