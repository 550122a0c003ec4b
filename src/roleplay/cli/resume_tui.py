"""Resuming a saved session in the TUI (falls back to plain mode until the TUI can take one)."""

from __future__ import annotations

import sys

from roleplay.storage import SessionRecord, SessionStore

from .autosave import Choice, Terminal, resume_plain
from .common import reconfigure_stdin


def resume_in_tui(store: SessionStore, record: SessionRecord, choice: Choice | None) -> int:
    reconfigure_stdin()
    terminal = Terminal(sys.stdin, sys.stderr, interactive=True)
    return resume_plain(store, record, json_mode=False, terminal=terminal, choice=choice)
