"""Rule 153 (docs/scoring.md): the one who wronged them judged wrong takes their side.

"Honestly, she was out of line." to "My sister-in-law told the whole family at Christmas that I'd
been fired. I hadn't; I'd resigned." was read as a dismissal of how they feel (the encoder's
nearest act, by a thin margin) and as not engaging with them; "She had no right to do that." and
"He shouldn't have said that to you." came out advice. A verdict on the third party of their
line - someone they tell of - that says that person did wrong ("she was out of line", "he had no
right", "they shouldn't have", "that was unfair of her") stands in their corner: it validates
how they were treated, and it takes up their story.

Not such a verdict: one on them ("you were out of line", "you shouldn't have"), one on the
speaker's own side ("we shouldn't have removed it" concedes, rules elsewhere read it), praise of
the third party ("she was right", critic.py reads it as siding against them) or a verdict the
encoder read as an insult, a threat or sarcasm with a clear margin, or that holds a cue of
hostility, blame or dismissal ("she was out of line, but so were you, get over it").
"""

from __future__ import annotations

import re

from roleplay.scoring.lifted import lifted
from roleplay.scoring.semantic_rules import HOSTILE_FEATURES, HOSTILE_MARGIN
from roleplay.scoring.sentences import CUE_ACT_STRENGTH, NEGATIVE_ACTS, Sentence
from roleplay.scoring.types import Evidence

# cheap first check: every verdict below holds one of these words
_GATE = (
    "line",
    "order",
    "wrong",
    "right",
    "business",
    "should",
    "unfair",
    "unkind",
    "cruel",
    "rude",
    "nasty",
    "mean",
    "spiteful",
    "disrespectful",
    "unprofessional",
    "overstep",
    "crossed",
    "not on",
    "not ok",
    "not fair",
    "apolog",
)
_ADVERB = r"(?:(?:really|clearly|honestly|totally|completely|absolutely|just|definitely|way|bang|so|well)\s+)?"
_WRONG = (
    r"(?:out of (?:line|order)|in the wrong|wrong (?:to|there|about that|on that)|unfair|unkind|"
    r"cruel|rude|nasty|spiteful|mean(?! to\b)|disrespectful|unprofessional|not on|not ok(?:ay)?|"
    r"over the line|out of bounds)"
)
# the third party as the subject: "she", "he", "they", "your sister-in-law", "that receptionist"
_SUBJECT = (
    r"(?:she|he|they|your (?:[a-z]+[- ])?[a-z]+(?:-in-law)?|(?:that|the|this) (?:[a-z]+ )?"
    r"(?:guy|woman|man|lady|person|driver|teacher|doctor|nurse|manager|boss|landlord|neighbour|"
    r"neighbor|colleague|coworker|co-worker|receptionist|consultant|examiner|referee|customer|"
    r"client|admin|moderator|mod|stranger|dealer|buyer|seller|contractor|builder|officer))"
)
VERDICT = re.compile(
    rf"\b{_SUBJECT}(?:'s|'re|\s+(?:was|were|is|are))\s+{_ADVERB}{_WRONG}\b|"
    rf"\b{_SUBJECT}\s+{_ADVERB}(?:had|has) no (?:right|business)\b|"
    rf"\b{_SUBJECT}\s+{_ADVERB}(?:shouldn't|should not|should never|should never ever) have\b|"
    rf"\b{_SUBJECT}\s+{_ADVERB}(?:crossed (?:a|the) (?:line|mark)|overstepped|owes you an apology)|"
    rf"\b(?:that|what (?:she|he|they) (?:did|said))(?:'s|\s+(?:was|is))\s+{_ADVERB}"
    rf"(?:{_WRONG}|not (?:fair|right|okay|ok|acceptable)) of (?:her|him|them)\b",
    re.I,
)
# the wrong was done by them, or to the third party by them: no verdict in their favour
_ON_THEM = re.compile(
    r"\byou(?:'re|'ve| were| are| had| have| should| shouldn't| should not)\b|"
    r"\b(?:to|at|of) (?:trust|believe|hire|promote|help|back|defend|pick|choose|forgive) you\b",
    re.I,
)
# a third party in their line: a person they name ("my sister-in-law", "our landlord") or a
# third-person pronoun
_THIRD_PARTY = re.compile(r"\b(?:my|our) [a-z]|\b(?:she|he|her|him|his|they|them|their)\b", re.I)
_MOCKING = HOSTILE_FEATURES | {"sarcasm", "dismissal", "undervalue", "blame"}
# acts a verdict keeps when the encoder read them with a clear margin (a dismissal or advice is
# the encoder's nearest reading of a verdict on someone else, however clear)
_HOSTILE_ACTS = frozenset({"insult", "threat", "sarcasm"})
# what the encoder reads a verdict on someone else as, however strongly; a faint reading of any
# other act is lifted to validation, a strong one is left alone
_MISREAD = NEGATIVE_ACTS | {"", "advice"}


def verdict_for_them(text: str) -> bool:
    """The sentence judges a third party to have done wrong, and not them."""
    lower = text.lower()
    if not any(word in lower for word in _GATE):
        return False
    return VERDICT.search(text) is not None and _ON_THEM.search(text) is None


def in_their_corner(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]], partner: str
) -> tuple[list[Sentence], bool]:
    """`sentences` with a verdict against the one who wronged them read as validation (rule
    153); True when one was found."""
    found = [
        s
        for s in sentences
        if not s.repeat
        and not (s.act.act in _HOSTILE_ACTS and s.act.margin >= HOSTILE_MARGIN)
        and (s.act.act in _MISREAD or s.act.strength < CUE_ACT_STRENGTH)
        and verdict_for_them(s.text)
    ]
    if not found or _THIRD_PARTY.search(partner) is None:
        return sentences, False
    return lifted(sentences, cues, found, _MOCKING, "validation")
