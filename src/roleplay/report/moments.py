"""A moment of a conversation in words a learner knows: what the counterpart said there.

A state's id ("dana_repeats") is the author's name for a moment; reports name it by the start of
the counterpart's line instead (`Dana: “Look, I'm not asking for a debate…”`), and fall back to
the id in words ("dana repeats") only when no line is known.
"""

from __future__ import annotations

from roleplay.scenario.model import Scenario

MOMENT_CHARS = 90  # how much of the counterpart's line names a moment


def short_line(text: str, limit: int = MOMENT_CHARS) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with "…"."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + "…"
    return line


def state_words(state: str) -> str:
    """The id in words: the fallback when no line is known."""
    return state.replace("_", " ")


def moment_words(scenario: Scenario | None, state: str, limit: int = MOMENT_CHARS) -> str:
    """What the counterpart says in ``state`` (its first line said when no condition holds),
    with their name, cut at ``limit`` characters; the id in words for a scenario that no
    longer loads or lacks the state."""
    found = scenario.states.get(state) if scenario is not None else None
    lines = (found.variants or tuple(v.text for v in found.lines)) if found is not None else ()
    if scenario is None or not lines:
        return state_words(state)
    return f"{scenario.counterpart.name}: “{short_line(lines[0], limit)}”"
