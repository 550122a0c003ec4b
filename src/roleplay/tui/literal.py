"""User and scenario text as Rich Text that is shown literally, never interpreted.

Markup such as ``[bold red]`` stays text because we build ``Text`` objects (never markup
strings); ANSI escapes and other control characters are replaced with visible escapes.
"""

from __future__ import annotations

from rich.text import Text


def clean(text: str) -> str:
    """Control characters (ESC, BEL, C1 codes, ...) become visible ``\\x1b``-style escapes."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif code < 32 or code == 127 or 0x80 <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


def literal(text: str, style: str = "") -> Text:
    """A Text that shows ``text`` exactly (after escaping control characters)."""
    return Text(clean(text), style=style)


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a (start, end) span in ``text`` to the same span in ``clean(text)``."""

    def width(ch: str) -> int:
        code = ord(ch)
        if ch == "\n":
            return 1
        if ch == "\t":
            return 4
        if code < 32 or code == 127 or 0x80 <= code < 0xA0:
            return 4
        return 1

    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    new_start = sum(width(c) for c in text[:start])
    new_end = new_start + sum(width(c) for c in text[start:end])
    return new_start, new_end
