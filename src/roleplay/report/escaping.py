"""Making learner and scenario text inert in exports.

Control characters, bidi overrides and line separators are first made visible by the one
sanitiser (:func:`roleplay.sanitise.visible`). In HTML every ``<``, ``>``, ``&`` and quote then
becomes an entity. In Markdown only what a CommonMark/GitHub renderer would read as markup is
escaped, so ``2026-11-29``, ``stakeholder_negotiation`` and ``0.1.0`` stay as typed while
``<script>``, ``**bold**``, ``[link](x)``, ``# heading`` or ``1. item`` are shown exactly as typed
and never interpreted:

- anywhere in a line: `````, ``*``, ``[``, ``]``, ``|`` (tables), ``~`` (strikethrough), ``$``
  (GitHub math), an ``_`` that is not between two letters or digits, a backslash that would
  escape something, ``<`` (HTML, autolinks) as ``&lt;`` and ``&`` as ``&amp;`` when it would
  start an entity;
- at the start of a line: ``#``, ``>``, ``-``, ``+``, ``=`` (headings, quotes, lists, rules,
  setext underlines), the ``.`` or ``)`` of ``12. `` (ordered lists), and leading spaces (which
  would make code) as ``&nbsp;``.
"""

from __future__ import annotations

import html
import re

from roleplay.sanitise import visible

_INLINE = re.compile(
    r"""
      \\(?=[!-/:-@\[-`{-~]|$)          # a backslash that would escape the next character
    | [`*\[\]|~$]                      # code, emphasis, links, tables, strikethrough, math
    | (?<![^\W_])_ | _(?![^\W_])       # an underscore that could open or close emphasis
    """,
    re.VERBOSE,
)
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(?:[#>+=-]|[0-9]{1,9}(?=[.)](?:\s|$)))")
_LEADING_SPACES = re.compile(r"^ +")


def html_text(text: object) -> str:
    return html.escape(visible(str(text)), quote=True)


def md_line(line: str) -> str:
    """One line of already-visible text as inert Markdown (its start counts as a line start)."""
    out = _INLINE.sub(lambda m: "\\" + m.group(0), line)
    out = _ENTITY_START.sub("&amp;", out).replace("<", "&lt;")
    out = _LEADING_SPACES.sub(lambda m: "&nbsp;" * len(m.group(0)), out)
    return _LINE_START.sub(_escape_line_start, out, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(0)
    if marker.isdigit():  # "12." or "12)": escape the punctuation after the number
        return marker + "\\"
    return "\\" + marker


def md_text(text: object) -> str:
    """One Markdown line's worth of inert text (newlines become spaces)."""
    return md_line(" ".join(visible(str(text)).split("\n")))


def md_quote(text: str) -> str:
    """Multi-line text as an inert Markdown block quote, line breaks kept."""
    lines = visible(text).split("\n")
    return "\n".join("> " + md_line(line) + "  " for line in lines)
