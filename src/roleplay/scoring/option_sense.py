"""An option word that names theirs proposes nothing.

The cue layer reads "options", "swap", "split" and "compromise" as proposing an option ("We
could swap", "A few options: ..."). The same word naming *their* request or their alternatives
proposes nothing: "Can you tell me what's driving the swap?" asks about the swap they asked for;
"I won't pretend you have no options" grants that they can walk away (a double negation, not a
negated offer). Such a word earns no option credit, and negated it is no negated support.
"""

from __future__ import annotations

from roleplay.scoring.text import PreparedText, tokens_before

BARE_NOUNS = frozenset({"options", "option", "swap", "split", "compromise", "alternatives"})
# "the swap", "this split": the one already on the table
POINTING = frozenset({"the", "this", "that", "your", "their", "his", "her"})
# "you have no options", "you've got other options", "they have options"
THEIRS = frozenset({"you", "you've", "they", "they've", "your", "their"})


def names_theirs(text: PreparedText, start: int, end: int) -> bool:
    """The option word at [start, end) points at one already on the table or at theirs."""
    if text.lower[start:end] not in BARE_NOUNS:
        return False
    i = tokens_before(text, start)
    before = [t.text for t in text.tokens[max(0, i - 4) : i]]
    if before and before[-1] in POINTING:
        return True
    return any(w in THEIRS for w in before[-4:])
