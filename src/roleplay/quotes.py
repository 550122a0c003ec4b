"""One way to quote words everywhere a person reads them: curly double quotes, “like this”.

The scorer's evidence reasons end with the words they are about in straight quotes
(``asked an open question ("What matters most?")``, ``paraphrased "Friday"``): that is data,
kept as it is in ``--json``. What people read (the TUI's card and debrief, plain mode, the
Markdown and HTML exports, ``roleplay score``) shows those words as the card always did:
``asked an open question “What matters most?”``. Headless, below every layer.
"""

from __future__ import annotations

import re

OPEN, CLOSE = "\u201c", "\u201d"

# A reason's closing quote: its words (which may hold straight quotes themselves) at the end,
# in straight quotes, with or without parentheses around them; then perhaps a note of the
# scorer's in parentheses (``("I get that") (one more acknowledgement: diminishing returns)``).
_QUOTED_END = re.compile(
    r'^(?P<base>.*\S)\s+(?:\("(?P<inner>.*)"\)|"(?P<bare>.*)")(?P<note>\s+\([^()"]*\))?$', re.S
)


def quoted(words: str) -> str:
    """``words`` in the product's quotes: “words”."""
    return f"{OPEN}{words}{CLOSE}"


def reason_parts(reason: str) -> tuple[str, str | None, str]:
    """``showed you understood ("I get that") (one more ...)`` -> (``showed you understood``,
    ``I get that``, `` (one more ...)``); a reason without words in quotes at its end ->
    (reason, None, "")."""
    match = _QUOTED_END.match(reason)
    if match is None:
        return reason, None, ""
    words = match.group("inner")
    if words is None:
        words = match.group("bare")
    return match.group("base"), words, match.group("note") or ""


def split_quote(reason: str) -> tuple[str, str | None]:
    """``paraphrased "Friday"`` -> (``paraphrased``, ``Friday``); a reason without words in
    quotes at its end -> (reason, None). A note after the words stays with the reason
    (``showed you understood (one more ...)``): it says why those points differ."""
    base, words, note = reason_parts(reason)
    return base + note, words


def reason_for_people(reason: str) -> str:
    """An evidence reason as people read it: its words in the product's quotes, then the
    scorer's note if it has one."""
    base, words, note = reason_parts(reason)
    return reason if words is None else f"{base} {quoted(words)}{note}"
