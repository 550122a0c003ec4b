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


# Rule 76: an option word under a negator of ability - "We can't split the licence, it's one
# seat", "the water cannot be split 1-1", "there's no swap possible in the rota tool" - states what the thing allows, not an unwillingness to meet them. It earns no option
# credit and is no negated support (-16 empathy was a refusal of sympathy's price). "I won't
# split it", "I'm not offering a phased cut", "that's not a fair compromise" are unwillingness
# and keep their reading.
_ABILITY = frozenset({"can't", "cannot", "couldn't", "cant", "couldnt", "unable"})
_NO_WAY = (("no", "way"), ("impossible",), ("not", "possible"))


def cannot_be_done(text: PreparedText, start: int) -> bool:
    """An ability negator stands within the four words before the option word at `start`
    ("can't split", "cannot be split", "no way to split", "not possible to phase"), or "no"
    before it and "possible" after it ("no swap possible")."""
    i = tokens_before(text, start)
    before = [t.text for t in text.tokens[max(0, i - 4) : i]]
    if any(w in _ABILITY for w in before):
        return True
    if "can" in before and "not" in before[before.index("can") :]:
        return True  # "can not split"
    after = [t.text for t in text.tokens[i + 1 : i + 3]]
    if before and before[-1] == "no" and "possible" in after:
        return True  # "no swap possible"
    return any(
        tuple(before[k : k + len(words)]) == words
        for words in _NO_WAY
        for k in range(len(before) - len(words) + 1)
    )
