"""Giving way to their greater need is no advice (rule 117).

"Take the room, your demo needs it more than our standup does", "Have our spare nurse on
Saturday, your ward needs her more", "Go ahead and take the van, you need it more than I do":
the speaker yields the contested thing because the partner's need outweighs their own. That is
a concession that weighs their need (perspective-taking; CaSiNo's annotators file "That's fine,
you might need it more" under showing empathy), but its imperative ("Take ...", "Have ...")
sits close to the act bank's advice examples, so the encoder read it as advice: the reply lost
listening and empathy for giving ground with its reason.

The reading: a plain statement (no question: "Do you really need it more than I do?" doubts
their need) in which they, something of theirs or the party they speak for ("the food bank
needs it more than our committee") need it more than the speaker's side ("you
need it more than I do", "your team probably needs the slot more than mine", "your ward needs
her more"), not negated ("you don't need it more than I do"), is not advice. The encoder's
advice reading of that sentence is dropped; what the cue layer reads in it (their situation
taken into account) still counts. Its mirror, "I need it more than you", is playing their need
down (rule 20) and is untouched.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import Sentence

_THEY = r"(?:you|they|(?:your|their|the) (?:\w+ )?\w+)"
_HEDGE = (
    r"(?: (?:probably|clearly|obviously|really|definitely|likely|certainly|surely|honestly|"
    r"genuinely|might|may|must|do|does|will|would))*"
)
_OURS = r"(?:i|we|me|us|mine|ours|my \w+|our \w+|i do|we do|mine does|ours does)"
_THING = r"(?:it|them|that|this|those|these|her|him|one|the \w+|that \w+|this \w+)"
# "you need it more than I do", "your ward needs her more", "you could use the slot more"
NEEDS_MORE = caseless(
    r"\b"
    + _THEY
    + _HEDGE
    + r" (?:need|needs|could use|can use|would use|will use) (?:"
    + _THING
    + r" more(?: than "
    + _OURS
    + r"\b|(?! than)\b)|more than "
    + _OURS
    + r"\b|more(?=\s*(?:[,.;!:]|$)))"
)
NEGATED = caseless(
    r"\b(?:don't|do not|doesn't|does not|didn't|did not|won't|will not|never|hardly|surely not|"
    r"not)\b[^.!?]{0,24}\b(?:need|needs|use)\b"
)


def yields_to_their_need(text: str) -> bool:
    """The sentence gives way because their need outweighs the speaker's (see the module)."""
    if "?" in text:
        return False
    found = NEEDS_MORE.search(text)
    if found is None:
        return False
    before = text[max(0, found.start() - 30) : found.end()]
    return NEGATED.search(before) is None


def yielding_is_no_advice(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, with the advice act dropped where the sentence yields to their greater
    need (see the module)."""
    return [
        s.without_act() if s.act.act == "advice" and yields_to_their_need(s.text) else s
        for s in sentences
    ]
