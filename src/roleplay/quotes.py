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
# in straight quotes, with or without parentheses around them.
_QUOTED_END = re.compile(r'^(?P<base>.*\S)\s+(?:\("(?P<inner>.*)"\)|"(?P<bare>.*)")$', re.S)


def quoted(words: str) -> str:
    """``words`` in the product's quotes: “words”."""
    return f"{OPEN}{words}{CLOSE}"


def split_quote(reason: str) -> tuple[str, str | None]:
    """``paraphrased "Friday"`` -> (``paraphrased``, ``Friday``); a reason without words in
    quotes at its end -> (reason, None)."""
    match = _QUOTED_END.match(reason)
    if match is None:
        return reason, None
    words = match.group("inner")
    return match.group("base"), words if words is not None else match.group("bare")


def reason_for_people(reason: str) -> str:
    """An evidence reason as people read it: its words in the product's quotes."""
    base, words = split_quote(reason)
    return reason if words is None else f"{base} {quoted(words)}"
