"""Entry point from the CLI into the Textual app (imported lazily: Textual is slow to import)."""

from __future__ import annotations

from roleplay.engine import CompiledScenario


def launch_tui(*, scenario: CompiledScenario | None, mode: str, seed: int | None) -> int:
    from roleplay.errors import RoleplayError

    raise RoleplayError("RP900", "the TUI is not built yet", hint="use --plain")
