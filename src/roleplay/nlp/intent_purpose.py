"""A negation inside a purpose clause after the speaker's move negates no move (issue 12).

"Let's spread the cut over Q3 and Q4 so the launch isn't hit", "I'll cover the weekend, so
nobody is left without cover", "How about we agree on versioning so this can't happen again?"
hold a negator, and a part that holds one is read against negative examples only - refusals.
But the negator is in what the move is *for*: the clause after "so", "so that", "so as not to"
or "in order not to" that follows a move the speaker makes (:func:`.intent_readings.speaks`,
or a proposal: "how about", "what if", "shall we", "could we"). Such a sentence is read as
affirmative (in replies, and in examples alike: :func:`negative`), and such a clause cut from
its sentence makes no move of its own (NARRATIVE), so it pairs with the move before it.

Not a result the speaker draws about their own doing ("I'm flying out on the 29th, so the full
week won't work", "My team is on the migration, so I can't staff this"): there the part before
"so" makes no move, or the clause's subject is the speaker ("..., so I can't do Monday"); and
not a sentence whose move is itself negated ("We won't cut it, so the launch isn't hit").
"""

from __future__ import annotations

import re

from .intent_readings import speaks
from .negation import has_negator, is_negative

# where a purpose clause starts; not one whose subject is the speaker ("so I can't ...")
_PURPOSE = re.compile(
    r"(?:^|[\s,;:—–-])(?:so that|so as not to|in order not to|in order that|so)\s+"
    r"(?!(?:i|we|i['’](?:m|ll|d|ve)|we['’](?:re|ll|d|ve))\b)",
    re.IGNORECASE,
)
# a move put forward, besides the speaker's own (speaks): "How about we ...", "What if ..."
_PROPOSES = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|well|then|right|look|alternatively)\W+)*(?:how about|what if"
    r"|what about|(?:could|can|shall|should) (?:we|i)|why don['’]?t (?:we|i))\b",
    re.IGNORECASE,
)


def _moves(text: str) -> bool:
    return speaks(text) or _PROPOSES.match(text) is not None


def negation_only_in_purpose(sentence: str) -> bool:
    """Every negator of ``sentence`` is in a purpose clause after a move of the speaker's (see
    the module docstring)."""
    lowered = sentence.lower()
    if "so " not in lowered and "in order" not in lowered:  # most sentences hold neither
        return False
    for found in _PURPOSE.finditer(sentence):
        before = sentence[: found.start()]
        if has_negator(before):
            return False
        if _moves(before) and has_negator(sentence[found.start() :]):
            return True
    return False


def purpose_clause(before: str, clause: str) -> bool:
    """``clause``, cut from its sentence after ``before``, is a purpose clause (it opens with
    "so", "so that", ...) after a move of the speaker's with no negator in it."""
    found = _PURPOSE.match(" " + clause.lstrip())
    return found is not None and not has_negator(before) and _moves(before)


# A no to the whole before a "but" that gives a part ("Not the whole week, but some of it,
# sure", "Not all of it, but I can do Monday and Tuesday", "Not the full 30%, but 10% is
# doable"): the "not" only bounds what is given, and the sentence gives it.
_BOUNDED = re.compile(
    r"^\W*(?:(?:well|so|ok|okay|honestly|look)\W+)*not (?:quite |really )?(?:all|the whole"
    r"|the full|the entire|every|everything|the lot|the complete)\b[^.;:?!]*?(?:,|;|—|–| -)?\s*"
    r"\bbut\b",
    re.IGNORECASE,
)


def bounded(sentence: str) -> bool:
    """A no to the whole, then a "but" that gives a part with no negator of its own."""
    if "not " not in sentence[:40].lower():  # the cheap first check: it opens with "not"
        return False
    found = _BOUNDED.match(sentence)
    return found is not None and not has_negator(sentence[found.end() :])


def negative(text: str) -> bool:
    """:func:`.negation.is_negative`, except for a negation only in what the speaker's move is
    for, or one that only bounds what is given: the polarity of an example or a sentence of
    ordinary talk, read as a reply's is."""
    return is_negative(text) and not negation_only_in_purpose(text) and not bounded(text)
