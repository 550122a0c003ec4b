"""Rule 75 (docs/scoring.md): "Thanks a lot!" for what they did is sincere.

The `sarcasm` cue reads "thanks a lot" as sarcasm, and it often is ("Oh great, another crisis.
Thanks a lot."). Said for what the partner has just done or offered, with nothing hostile around
it, it thanks them: "Yes, I get cold easy. Thanks a lot!" (CaSiNo, to an offer of firewood),
"Thanks a lot! I'll roll it out tonight." (to a fixed config). The cue was costing such a reply
-30 empathy and a cap of 30 on empathy and collaboration.

The sarcasm hit on "thanks a lot" is dropped when

- their line reports no harm or bad news for the speaker ("I deleted your branch by accident",
  "The release slipped again", "We can't cover you on Saturday");
- the rest of its sentence adds no reproach ("Thanks a lot, now I have to redo it", "Thanks a
  lot for nothing", "... for ruining the demo"; "Thanks a lot, now I owe you one" thanks);
- the reply holds no other sarcasm and no hostile cue (an insult, contempt, blame, a threat).

With no line of theirs to read, the cue keeps its reading.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.semantic_rules import HOSTILE_FEATURES
from roleplay.scoring.text import PreparedText, sentence_of

# Cues that make the thanks sarcastic wherever they stand in the reply (the hostile cues, and
# a dismissal or playing their need down).
HOSTILE_AROUND = HOSTILE_FEATURES | {"dismissal", "minimising", "undervalue"}
# Their line reports harm or bad news for the speaker.
_HARM = re.compile(
    r"\b(?:deleted|broke|broken|lost|forgot|forgotten|missed|late|delay\w*|slipp\w*|cancel\w*|"
    r"can't|cannot|won't|couldn't|wouldn't|unable|failed|fails|mistake|accident\w*|sorry|"
    r"crash\w*|overw\w+|wiped|ruin\w*|refus\w*|declin\w*|rejected|denied|no longer|"
    r"bad news|unfortunately|afraid|instead of you|without you|again)\b",
    re.IGNORECASE,
)
# A reproach in the rest of the thanks' sentence.
_REPROACH_AFTER = re.compile(
    r"\b(?:now (?:i|we)(?:'ve| have| need| must|'m| am)? ?(?:got to|have to|need to|stuck|"
    r"can't|cannot|lost|missed|look)|again|another|for nothing|this mess|"
    r"for (?:ruining|wasting|making|leaving|dumping|landing|breaking|ignoring|losing))\b",
    re.IGNORECASE,
)


def sincere_thanks(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """`hits` without the sarcasm cue on a sincere "thanks a lot" (module docstring)."""
    thanks = [
        i for i, h in enumerate(hits) if h.feature == "sarcasm" and h.text.lower() == "thanks a lot"
    ]
    if not thanks or not partner.strip() or _HARM.search(partner):
        return hits
    if any(h.feature in HOSTILE_AROUND for i, h in enumerate(hits) if i not in thanks):
        return hits
    drop: set[int] = set()
    for i in thanks:
        hit = hits[i]
        if hit.start is None or hit.end is None:
            continue
        _, s_end = sentence_of(text, hit.start)
        if _REPROACH_AFTER.search(text.lower, hit.end, s_end) is None:
            drop.add(i)
    return [h for i, h in enumerate(hits) if i not in drop]
