"""Markup that is not the speaker's own words: HTML tags, Markdown emphasis and quoted lines.

`unmarked(reply)` blanks them out with spaces of the same length, so every span still points
into the reply as typed. A tag ("<img src=x>") or an emphasis marker ("**", "`") says nothing; a
quoted line ("> we're already at capacity") repeats someone else's words, usually the partner's
own line: quoting it back is not listening, and its words are not the speaker's.
"""

from __future__ import annotations

import re

_MARKS = frozenset("<>*`_~#")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>\n]{0,300}>", re.S)
_QUOTED_LINE = re.compile(r"^[ \t]*>(?![\d=>]).*$", re.M)  # not "> 5 people" nor ">= 3"
_EMPHASIS = re.compile(r"\*+|`+|__+|~~+")
_HEADING = re.compile(r"^[ \t]*#{1,6}(?=[ \t])", re.M)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def unmarked(reply: str) -> str:
    """The reply with its markup blanked out (the same length; unchanged without markup)."""
    if _MARKS.isdisjoint(reply):
        return reply
    for pattern in (_TAG, _QUOTED_LINE, _EMPHASIS, _HEADING):
        reply = pattern.sub(_blank, reply)
    return reply
