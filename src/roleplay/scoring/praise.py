"""Rule 139 (docs/scoring.md): praise for what they did well is sincere.

"Oh, that's brilliant work." to "I finished the migration two days early and nothing broke."
scored 30: the encoder reads "Oh, that's brilliant ..." as close to mock praise as a sentence can
be (sarcasm, strength 1.0), the reply was capped for hostility and "didn't engage" with them; "That's
brilliant work." scored 40. Whether praise mocks depends on their line: said to news of a failure
("I broke the build again") it mocks; said to news of something they did well, it praises.

A sentence that praises ("brilliant work", "well done", "great job", "nice one", "you nailed
it", "that's brilliant") that the encoder read as sarcasm (or as another costly act without
a clear margin: "Well done, that's a big one." came out a dismissal) is praise when their line tells of
nothing that went wrong (a failure not negated: "nothing broke" is no failure), complains of
nothing, and the sentence holds no cue of sarcasm, contempt or blame ("Brilliant idea, genius",
"Well done, you broke it again" keep their reading). It performs the appreciation act at the
strength of an act named by its wording, and names what they did: it engages with their line.
"""

from __future__ import annotations

import re

from roleplay.scoring.lifted import lifted
from roleplay.scoring.responsive import complains
from roleplay.scoring.semantic_rules import HOSTILE_FEATURES, HOSTILE_MARGIN
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence
from roleplay.scoring.types import Evidence

PRAISE = re.compile(
    r"^\W*(?:(?:oh|wow|oh wow|well|honestly|seriously|genuinely|right)\W+)?(?:"
    r"(?:that's|that is|this is|what|such|really|seriously)?\s*(?:an? )?(?:really |truly |"
    r"genuinely )?(?:brilliant|excellent|superb|impressive|great|fantastic|amazing|terrific|"
    r"outstanding|solid|lovely|first-class|top-notch) (?:work|job|effort|result|going|stuff|"
    r"outcome)|that's (?:brilliant|excellent|superb|impressive|fantastic|amazing|terrific)\b|"
    r"well done|nice (?:work|one|job)|good (?:job|work|going)|great (?:job|work)|you nailed it|"
    r"bravo|hats off)",
    re.I,
)
# something that went wrong in their line, unless negated ("nothing broke", "no one missed it")
_FAILURE = re.compile(
    r"\b(?:broke|broken|crashed|failed|fails|lost|missed|forgot|late|slipped|messed up|"
    r"screwed up|deleted|ruined|wiped|rejected|fired|again)\b",
    re.I,
)
_NEGATED = re.compile(
    r"(?:\bnothing|\bno one|\bnobody|\bnever|n't|\bnot|\bwithout)\s+(?:\w+\s+)?$", re.I
)
_MOCKING = HOSTILE_FEATURES | {"sarcasm", "dismissal", "undervalue"}


def _went_wrong(partner: str) -> bool:
    return any(
        _NEGATED.search(partner[max(0, m.start() - 24) : m.start()]) is None
        for m in _FAILURE.finditer(partner)
    )


def sincere_praise(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]], partner: str
) -> tuple[list[Sentence], bool]:
    """`sentences` with praise the encoder read as sarcasm read as appreciation when their
    line tells of something done well (rule 139); True when such praise was found."""
    praised = [
        s
        for s in sentences
        if (
            s.act.act == "sarcasm" or (s.act.act in NEGATIVE_ACTS and s.act.margin < HOSTILE_MARGIN)
        )
        and PRAISE.search(s.text)
    ]
    if not praised or not partner.strip() or _went_wrong(partner) or complains(partner):
        return sentences, False
    return lifted(sentences, cues, praised, _MOCKING, "appreciation")
