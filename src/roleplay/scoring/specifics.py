"""Whether a sentence names things of the matter, beyond the words of stock support (rule 36).

"Let's work together on this." names nothing; "Let's put together the evidence from this year
and take it to the panel in March together." names the evidence, the panel and the month. The
encoder puts both near the stock phrase; the second is read by its wording instead.
"""

from __future__ import annotations

from roleplay.scoring.content_words import CONTENT_WORD, STOCK_SUPPORT

# The words of stock support, which name nothing of the matter (stuffing.py reads them as
# process talk too).
STOCK_FILLERS = STOCK_SUPPORT | frozenset(
    "everything feelings feeling understand appreciate sharing".split()
)


def names_specifics(text: str) -> bool:
    """The sentence names two things of the matter or more (content words other than the words
    of stock support)."""
    return sum(w.lower() not in STOCK_FILLERS for w in CONTENT_WORD.findall(text)) >= 2
