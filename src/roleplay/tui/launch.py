"""Entry point from the CLI into the Textual app (imported lazily: Textual is slow to import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roleplay.engine import CompiledScenario

    from .hooks import Exporter, Recorder


def launch_tui(
    *,
    scenario: CompiledScenario | None,
    mode: str,
    seed: int | None,
    recorder: Recorder | None = None,
    best_scores: dict[str, int] | None = None,
    exporter: Exporter | None = None,
) -> int:
    """Run the TUI until the learner quits; returns the exit code.

    ``scenario=None`` opens the picker. The hooks are described in :mod:`roleplay.tui.app`.
    """
    from .app import RoleplayApp

    app = RoleplayApp(
        scenario,
        mode=mode,
        seed=seed,
        recorder=recorder,
        best_scores=best_scores,
        exporter=exporter,
    )
    app.run()
    return app.return_code or 0
