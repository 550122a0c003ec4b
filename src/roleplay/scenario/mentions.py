"""What a `mentions` condition reads: a phrase, in any case, as whole words, any spacing between
its words. The engine's predicate and lint (RP428, which reads a model reply's route) both use
it, so they never disagree on whether a reply mentions something.

Headless: the standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A pattern for ``phrase`` in lower-cased text: its words in order, whole words."""
    words = [re.escape(w) for w in phrase.lower().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def mentions_any_of(text: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """Whether ``text`` mentions a phrase of ``patterns`` (from :func:`phrase_pattern`)."""
    lowered = text.lower()
    return any(p.search(lowered) for p in patterns)
