"""Which words of a text carry content, for the rules that compare a reply with their line.

A content word is a long word (five letters or more) or an acronym ("VP", "EU"), except the
common words below, which name nothing. The rules add their own fillers (next_step.py,
interest_fit.py).
"""

from __future__ import annotations

import re

CONTENT_WORD = re.compile(r"[A-Za-z]{5,}|\b[A-Z]{2,5}\b")
COMMON_WORDS = frozenset(
    """their there these those would could should about which where while thing things really
    think right going being doing maybe might still again other every after before""".split()
)
