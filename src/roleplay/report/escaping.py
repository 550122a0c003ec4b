"""Making learner and scenario text inert in exports.

Control characters (ANSI escapes, bells, NUL) are shown as visible ``\\x1b`` escapes; in HTML every
``<``, ``>``, ``&`` and quote becomes an entity; in Markdown the same entities are used and
Markdown punctuation is backslash-escaped, so ``<script>``, ``**bold**`` or ``[link](x)`` are shown
exactly as typed and never interpreted. Lone surrogates become U+FFFD so files encode as UTF-8.
"""

from __future__ import annotations

import html
import re

from roleplay.storage.encoding import utf8_safe

from .console import safe_text

_MD_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&])")
_MD_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def visible(text: str) -> str:
    """Control characters as escapes, tabs and newlines kept, valid UTF-8."""
    return utf8_safe(safe_text(text))


def html_text(text: object) -> str:
    return html.escape(visible(str(text)), quote=True)


def md_text(text: object) -> str:
    """One Markdown line's worth of inert text (newlines become spaces)."""
    flat = " ".join(visible(str(text)).split("\n"))
    return _MD_PUNCTUATION.sub(_md_escape, flat)


def md_quote(text: str) -> str:
    """Multi-line text as an inert Markdown block quote, line breaks kept."""
    lines = visible(text).split("\n") or [""]
    return "\n".join("> " + _MD_PUNCTUATION.sub(_md_escape, line) + "  " for line in lines)


def _md_escape(match: re.Match[str]) -> str:
    ch = match.group(1)
    return _MD_ENTITIES.get(ch, "\\" + ch)
