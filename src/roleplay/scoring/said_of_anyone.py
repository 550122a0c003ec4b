"""A hardship said of anyone is no acknowledgement of theirs (rules 256, 316).

"Losing a parent is painful even when the relationship was distant." and "Being passed over by
family is painful." earned the full `acknowledged it's hard` (+22 empathy), as much as "Being the
one in the middle on this, between what the VP asked for and what two of your people told you,
is a tough spot." A general truth about a kind of loss says what such a loss is for anyone; it
does not say what this one is for them, and in counselling and support it is the platitude a
reflection is contrasted with.

A sentence says its hardship of anyone when it opens on a gerund ("Losing ...", "Being ...",
"Moving house ...") or on "It's (always / never / so) hard / painful ... to / when ...", names
no one in the conversation (no I, you, we, he, she, and no "this / that" pointing at what they
said) and shares no content word with their line: "Ringing four shops for insulin is
exhausting" (their shops, their insulin) and "Drilling at 7 after a night shift must wreck your
sleep" (their sleep) are theirs. Its acknowledgement of how hard it is (the `difficulty` cue,
the encoder's validation act) earns the unengaged share, with a note that says why; other credit
of the sentence ("Doing great!", "be safe") is left alone.

Rule 316 (strategy21) adds the bare noun for a kind of thing as such an opening: "Money is
stressful for everyone.", "University is stressful.", "Teenagers are hard.", "Relationships
take work." (the stock-phrase replies of the counselling set's dev half, "I understand. Money is
stressful for everyone. I hear you.", earned the full +22 `acknowledged it's hard` and lifted
the stock-phrase share of "I understand" and "I hear you", scoring 77 empathy, above either
reflection). And a hardship said of anyone is no acknowledgement specific enough to engage with
them (semantic.py: the stock share of the reply's "I understand" stays). Not "Your mum is hard
work", "That is hard", "Three weeks is tough" (a word of theirs), "Dinner is at eight".
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import COMMON_WORDS, SHORT_FILLERS, long_words, short_stem
from roleplay.scoring.wording import SOMEONE

# the opening of a sentence about a kind of experience rather than theirs
GENERAL_OPENING = re.compile(
    r"^\W*(?:(?:just |simply )?(?!(?:no|some|every|any)thing\b)[a-z]+ing\b"
    r"(?! (?:you|your|me|my|us|our|him|her|them)\b)"
    r"|(?:it's|it is|it can be|it must be) (?:always |never |so |really |often |just )?"
    r"(?:hard|painful|tough|difficult|awful|horrible|rough|heartbreaking|devastating|"
    r"exhausting|lonely|scary|frightening|upsetting|confusing|strange|complicated|"
    r"disorienting|a lot) (?:to|when)\b"
    # rule 316: a bare noun for a kind of thing ("Money is stressful for everyone", "University
    # is stressful", "Teenagers are hard", "Relationships take work")
    r"|(?!(?:this|that|these|those|it|he|she|they|you|we|i|there|what|which|who|one|nobody|"
    r"everyone|everybody|someone|anyone|nothing|something|anything|everything|all|both|each|my|"
    r"your|his|her|our|their|the|a|an|so|and|but|yeah|well|oh|honestly)\b)[a-z]+ "
    r"(?:is|are|can be|gets|get|takes|take) (?:always |so |really |often |just |very |pretty |"
    r"quite |never )?(?:stressful|hard|tough|difficult|painful|exhausting|draining|overwhelming|"
    r"lonely|scary|complicated|rough|brutal|a lot|hard work|work|time)\b)",
    re.I,
)
# "this / that / it" point at what they said ("Losing that much in one go is brutal", "Cutting
# it after the bookings is awkward")
_POINTING = re.compile(r"\b(?:this|that|these|those|such|it|its)\b", re.I)
# words of four letters or more that name nothing ("even", "when", "there")
_FILLERS = SHORT_FILLERS | COMMON_WORDS | frozenset("even being nothing every".split())
# what such a sentence earns only a share of: how hard it is, by the cue layer and the encoder
GENERAL_FEATURES = frozenset({"difficulty"})
GENERAL_ACTS = frozenset({"validation"})
SAID_OF_ANYONE_NOTE = " (said of anyone, not of them: partial credit)"


def _stems(text: str) -> set[str]:
    return {short_stem(w) for w in long_words(text, _FILLERS)}


def said_of_anyone(sentence: str, partner: str) -> bool:
    """The sentence says its hardship of a kind of experience, not of theirs (module doc)."""
    opening = GENERAL_OPENING.match(sentence)
    if opening is None:
        return False
    if SOMEONE.search(sentence) is not None or _POINTING.search(sentence, opening.end()):
        return False  # the "it" of "It's hard when ..." points at nothing
    words = _stems(sentence)
    if opening.group(0).strip().lower().endswith("ing"):
        words -= {short_stem(opening.group(0).strip().lower())}  # "Losing" names no matter
    theirs = _stems(partner)
    # "bookings" and "booked" are one word of theirs: a stem that begins the other
    return not any(a.startswith(b) or b.startswith(a) for a in words for b in theirs)
