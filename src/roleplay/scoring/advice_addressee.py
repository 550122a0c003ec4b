"""Advice is told to them; a claim of what others should do argues (docs/scoring.md rule 40).

The righting reflex - telling the person what to do before understanding them - is what the
act bank's advice examples hold, and it costs listening. The static encoder also reads as advice
sentences that say what someone or something else *should* be or do: "He should be prosecuted
as soon as possible", "There shouldn't be any exceptions to the rule", "Moderators should warn
before they ban anyone", and agreement such as "Yeah, that should work." or "That should be
okay.". Those argue a position, judge a policy or agree; they tell the person nothing to do. On
the receptiveness TRAIN split 106 sentences without "you" were read as advice.

The encoder's advice act is dropped when the sentence is such a claim and addresses no one: it
holds "should", "must", "ought to", "needs to" or "has to"; it speaks of neither them ("you",
"your"), nor steers ("just use ...", "don't take it personally", "stop worrying"), nor has a
clause that opens like an instruction or a recommendation (the wording backstop's advice
pattern, `cue_acts.py`: "Clients always say that, stop worrying about it"); it is not a
question ("Why don't residents just use the website?" keeps rule 4's reading); and the cue layer
found no advice in it. A tip with no such word ("A walk every day helps with stress") keeps the
encoder's reading, and so does advice to them in any form ("You should see a specialist").
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.cue_acts import CUE_ACTS
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Evidence

ADVICE_WORDING = next(pattern for name, pattern in CUE_ACTS if name == "advice")
THEM = caseless(r"\b(?:you|your|you're|youre|yours|yourself|yourselves|u|ur|y'all)\b")
ADVICE_CUE = "advice"  # the cue layer's "jumped to advice"
# what someone or something should be or do ("Everybody should be given a fair trial", "There
# shouldn't be any sort of incidents like this", "The school needs to act"); a tip with no such
# word ("A walk every day helps with stress") stays advice
NORMATIVE = caseless(
    r"\b(?:should|shouldn't|should not|shouldnt|ought to|ought not|must|mustn't|must not|"
    r"needs to|need to|has to|have to|had better)\b"
)
# a clause that opens like an instruction after the first ("Clients always say that, stop
# worrying about it", "Promotions are political, don't take it personally") or steering by
# "just" ("People should just use the website")
CLAUSE = re.compile(r"[,;:\u2013\u2014]\s+|\s+-\s+|\b(?:so|and|then|but)\s+")
STEERS = caseless(
    r"\bjust (?:use|get|go|buy|bring|ask|call|try|stop|ignore|leave|move|get over|deal|accept|"
    r"let|do|take|wait|relax|forget)\b|\b(?:don't|do not|dont|never) (?:take|worry|let|"
    r"think|bother|stress|dwell|feel)\b|\b(?:stop|quit) \w+ing\b|\bignore (?:it|them|that)\b"
)


def advice_to_no_one(sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> list[Sentence]:
    """The sentences, with the advice act dropped where the sentence tells no one what to do
    (see the module)."""
    if not any(s.act.act == "advice" for s in sentences):
        return sentences  # the common case
    advised = {
        home.start
        for f, e in cues
        if f == ADVICE_CUE and (home := sentence_at(sentences, e.span)) is not None
    }
    return [
        s.without_act()
        if s.act.act == "advice" and s.start not in advised and tells_no_one(s.text)
        else s
        for s in sentences
    ]


def tells_no_one(text: str) -> bool:
    """True when the sentence is a statement of what someone or something else should be or do
    that addresses no one: a "should" / "must" / "ought to" / "needs to" of a third party, no
    "you", no clause that opens like an instruction, no steering "just ..." or "don't worry",
    not a question."""
    if NORMATIVE.search(text) is None:
        return False
    if text.rstrip().endswith("?") or THEM.search(text) is not None:
        return False
    if STEERS.search(text) is not None:
        return False
    return not any(ADVICE_WORDING.search(clause) for clause in CLAUSE.split(text) if clause)
