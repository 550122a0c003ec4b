"""The one rule for showing untrusted text (replies, scenario text, error messages) anywhere.

Every front end (plain mode, the TUI, error lines) and every export makes text visible with
:func:`visible` before it reaches a terminal or a file, so what a learner typed can never drive
the terminal or reorder what is shown:

- newlines stay; a tab becomes four spaces (terminals and Textual would expand it differently);
- C0 controls (ESC, BEL, NUL, CR ...), DEL and C1 controls become ``\\x1b``-style escapes;
- bidirectional embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069) and the
  Unicode line and paragraph separators (U+2028, U+2029) become ``\\u202e``-style escapes,
  so a right-to-left override cannot make text read differently from what is stored;
- a lone surrogate (from undecodable input) becomes U+FFFD, so the text always encodes as UTF-8.

JSON keeps text exact instead: :func:`json_text` writes the same characters as ``\\u`` escapes,
which any JSON reader turns back into the original string.

Headless: no imports beyond the standard library.
"""

from __future__ import annotations

import json
import re
from typing import Any

TAB = "    "
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
LINE_SEPARATORS = frozenset({"\u2028", "\u2029"})

# Everything that is not shown as itself; newline is the one control character that is kept.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# In JSON text these can only occur inside strings, where a \u escape means the same character.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def replacement(ch: str) -> str:
    """What one character becomes in :func:`visible` (itself when it is safe)."""
    code = ord(ch)
    if ch == "\n":
        return ch
    if ch == "\t":
        return TAB
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    if ch in BIDI_CONTROLS or ch in LINE_SEPARATORS:
        return f"\\u{code:04x}"
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return ch


def visible(text: str) -> str:
    """``text`` made safe to show: see the module docstring for exactly what changes."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: replacement(m.group(0)), text)


def visible_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a (start, end) span of ``text`` onto the same characters in ``visible(text)``."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))

    def width(part: str) -> int:
        extra = sum(len(replacement(m.group(0))) - 1 for m in _UNSAFE.finditer(part))
        return len(part) + extra

    new_start = width(text[:start])
    return new_start, new_start + width(text[start:end])


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` with non-ASCII kept readable, except the characters :func:`visible`
    neutralises (and lone surrogates), which are written as ``\\u`` escapes: the decoded
    value is unchanged, but the text is safe to print and always encodes as UTF-8."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
