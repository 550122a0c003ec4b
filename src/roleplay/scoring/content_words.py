"""Which words of a text carry content, for the rules that compare a reply with their line.

A content word is a long word (five letters or more) or an acronym ("VP", "EU"), except the
common words below, which name nothing. The words of stock talk are built on them in one place
(STOCK_WORDS, STOCK_SUPPORT); the rules add their own fillers (specifics.py, receptive.py,
next_step.py, interest_fit.py).
"""

from __future__ import annotations

import re

CONTENT_WORD = re.compile(r"[A-Za-z]{5,}|\b[A-Z]{2,5}\b")
COMMON_WORDS = frozenset(
    """their there these those would could should about which where while thing things really
    think right going being doing maybe might still again other every after before""".split()
)
# Short words (four letters or more) that name nothing, for the rules that compare a reply's
# words of four letters or more with their line (fragments.py, question_focus.py, pressed_no.py,
# subject_change.py); each adds the fillers of its own construct.
SHORT_FILLERS = frozenset(
    """that this with have from they them what when your just like will been were some than then
    very much also into only over such here more most even back well made make there their
    these those would could should really""".split()
)
# The words of stock talk that every rule reading a sentence's own matter sets aside: the
# common words, and the fillers of "we'll work through anything together, totally". Each rule
# adds its own: STOCK_SUPPORT (specifics.py, receptive.py), next_step.FILLERS.
STOCK_WORDS = COMMON_WORDS | frozenset("together anything totally".split())
# ... and the words of stock support ("I'm always here to support you, whatever happens,
# completely"), which name nothing of the matter.
STOCK_SUPPORT = STOCK_WORDS | frozenset("always whatever support completely".split())


def short_stem(word: str) -> str:
    """A lower-cased word without one ending ("-ing", "-ed", "-es", "-s") that leaves three
    letters or more: the light stem the rules comparing a reply's words with their line share."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_ALNUM = re.compile(r"[a-z0-9]+")


def long_words(text: str, fillers: frozenset[str]) -> set[str]:
    """The runs of letters and digits of four or more in ``text`` (lower-cased) that are not
    ``fillers``."""
    return {w for w in _ALNUM.findall(text.lower()) if len(w) >= 4 and w not in fillers}
