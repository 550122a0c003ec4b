"""Asking before a reply that cannot be scored is sent, in the front ends that talk to a person.

By design (see docs/scoring.md) a reply the scorer cannot read - empty, emoji or numbers only,
random keys, another language - is a turn that earns nothing, and the scenario's transitions
read it as such (a `< 30` branch can fire on it). Sent by mistake (a stray emoji, a "?", a
reply typed in the wrong window) that can end a conversation with a misleading debrief. So the
TUI and interactive line mode show :func:`question` and send such a reply only on a yes
(:func:`confirmed`); scripts, pipes, ``--json`` and ``roleplay test`` never ask, and a reply
sent anyway is scored and saved exactly as before.
"""

from __future__ import annotations

from roleplay.scoring.readable import LANGUAGE_NAMES

WHY = {
    "empty": "it is empty",
    "no_words": "no words: emoji, numbers or symbols only",
    "gibberish": "it looks like random keys",
}
YES = ("y", "yes")


def why(reason: str | None) -> str:
    """Why the scorer cannot read it, in a few words: "no words: emoji, numbers or symbols
    only", "it seems to be in French; the scorer reads English only"."""
    if reason is not None and reason.startswith("language:"):
        code = reason.split(":", 1)[1]
        return f"it seems to be in {LANGUAGE_NAMES.get(code, code)}; the scorer reads English only"
    return WHY.get(reason or "", "the scorer cannot read it")


def question(reason: str | None) -> str:
    """The one question asked before such a reply is sent."""
    return (
        f"That reply can't be scored ({why(reason)}). Sent, it counts as a turn that earns "
        "nothing. Send anyway? y/N"
    )


def confirmed(answer: str | None) -> bool:
    """Only "y" or "yes" sends it; anything else (Enter, "n", end of input) keeps it back."""
    return answer is not None and answer.strip().lower() in YES
