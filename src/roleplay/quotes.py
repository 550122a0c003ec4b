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
# in straight quotes, with or without parentheses around them; then perhaps the families of
# the items it stands for (``("sounds stressful"); also named a feeling``, roleplay.scoring.
# one_item) and notes of the scorer's in parentheses (``("I get that") (one more
# acknowledgement: diminishing returns) (a stock phrase: partial credit)``).
_QUOTED_END = re.compile(
    r'^(?P<base>.*\S)\s+(?:\("(?P<inner>.*)"\)|"(?P<bare>.*)")'
    r'(?P<note>(?:;\s+also\s[^()"]*)?(?:\s+\([^()"]*\))*)$',
    re.S,
)
# words the reason itself quotes before the learner's (``imperious "we"``, ``"I understand,
# but" then a hard no``, ``did not say: "grieving"``)
_QUOTED_INSIDE = re.compile(r'"([^"]+)"')


def quoted(words: str) -> str:
    """``words`` in the product's quotes: “words”."""
    return f"{OPEN}{words}{CLOSE}"


def reason_parts(reason: str) -> tuple[str, str | None, str]:
    """``showed you understood ("I get that") (one more ...)`` -> (``showed you understood``,
    ``I get that``, `` (one more ...)``); ``named their worry ("x"); also named a feeling`` ->
    (``named their worry``, ``x``, ``; also named a feeling``); words the reason quotes before
    those are in the product's quotes in the first part (``imperious “we”``); a reason without
    words in quotes at its end -> (reason, None, "")."""
    match = _QUOTED_END.match(reason)
    if match is None:
        return reason, None, ""
    words = match.group("inner")
    if words is None:
        words = match.group("bare")
    base = match.group("base")
    if base.count('"') % 2 == 0:
        base = _QUOTED_INSIDE.sub(lambda m: quoted(m.group(1)), base)
    return base, words, match.group("note") or ""


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
