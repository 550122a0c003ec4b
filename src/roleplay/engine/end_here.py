"""Asking before the learner ends a conversation that goes on, in the front ends that talk to a
person (the TUI's F5, line mode's /end at a terminal): ended here it is abandoned, for good -
it cannot be resumed - so both ask the same question first, and only a yes ends it. Scripts,
pipes and ``--json`` never ask."""

from __future__ import annotations


def end_question(name: str) -> str:
    """The one question asked before a conversation with ``name`` is ended here."""
    return (
        f"End the conversation with {name} here? It ends unfinished (abandoned): it cannot be "
        "resumed, and the debrief opens."
    )
