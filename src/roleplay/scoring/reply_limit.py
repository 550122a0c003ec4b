"""The one limit on a reply's length, for every way a reply arrives.

A conversation turn (plain mode, the TUI, a workshop) and ``roleplay score`` (one reply or a
JSON Lines file) all refuse a reply over :data:`MAX_REPLY_CHARS` characters with the same code
and words: RP604, refused whole, never cut short.
"""

from __future__ import annotations

from typing import TypeVar

from roleplay.errors import RoleplayError

MAX_REPLY_CHARS = 100_000
REPLY_TOO_LONG = "RP604"

E = TypeVar("E", bound=RoleplayError)


def reply_length_message(length: int) -> str:
    """The RP604 message for a reply of ``length`` characters."""
    return f"the reply is {length:,} characters long; the limit is {MAX_REPLY_CHARS:,}"


def reply_too_long(text: str, kind: type[E]) -> E | None:
    """RP604 as a ``kind`` error for a reply over :data:`MAX_REPLY_CHARS`, else None."""
    if len(text) <= MAX_REPLY_CHARS:
        return None
    return length_refusal(len(text), kind)


def length_refusal(length: int, kind: type[E]) -> E:
    """RP604 as a ``kind`` error for a reply of ``length`` characters, over the limit (also when
    only its head was read: line mode's input)."""
    return kind(
        REPLY_TOO_LONG,
        reply_length_message(length),
        hint="shorten it and send it again; it was not scored or saved",
    )
