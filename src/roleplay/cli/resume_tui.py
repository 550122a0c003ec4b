"""``roleplay resume`` on a terminal: continue the saved session in the TUI."""

from __future__ import annotations

from roleplay.engine.rules import mode_named
from roleplay.storage import SessionRecord, SessionStore, refuse_unless_resumable

from .autosave import Choice


def resume_in_tui(store: SessionStore, record: SessionRecord, choice: Choice | None) -> int:
    refuse_unless_resumable(record)
    from .tui_storage import launch_with_storage

    return launch_with_storage(
        None, mode=mode_named(record.mode), seed=None, resume=record, choice=choice
    )
