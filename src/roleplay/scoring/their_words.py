"""Rule 415 (docs/scoring.md): their own words given back, in any order, say nothing.

Rule 129 reads their line copied back in order as no restatement. The same words given back
shuffled ("told been days, will someone Nobody I nine office does. newborn, your ring ...", to a
tenant nine days without heating) escape it: no run of eight of their words stands in order,
and each scrap was read as their words picked up, a restatement, even a question ("... you
saying It line this three pull roadmap?"), so that it stood at the neutral middle or above (46 to
53), over plain replies that score near it. A reply whose words are nearly all theirs
(`OWN_SHARE`: at most one word in ten is not a word of their line, counted with repeats) and which
gives back most of their line (`LINE_SHARE` of its words), out of their order (fewer than
`IN_ORDER_SHARE` of its pairs of neighbouring words stand side by side in their line), adds
nothing of the speaker's and is no sentence of theirs either: no reading, no question of its
own, no step. It ends no dimension above `GIVEN_BACK_CAP`. Not: a reflection in their words
with a few of the speaker's ("Nine days with a newborn and nobody calls back."), a simple
reflection that keeps their words in their order ("The consultant said it like the weather
forecast, and then you sat in the car park for forty minutes.": a copy whole is rule 129's),
their question asked back, a phrase of theirs quoted in a sentence of one's own.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

GIVEN_BACK_WORDS = 8  # replies shorter than this are left to the other rules
OWN_SHARE = 0.1  # at most this share of the reply's words are not theirs
LINE_SHARE = 0.75  # ... and it gives back at least this share of their line's words
IN_ORDER_SHARE = 0.5  # ... with fewer than this share of its word pairs side by side in theirs
GIVEN_BACK_CAP = 40
GIVEN_BACK_WHY = "their own words given back"

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def given_back(reply: str, partner: str) -> bool:
    """The reply is their line's words given back, in whatever order (rule 415)."""
    words = _WORD.findall(reply.lower())
    said = len(words)
    if said < GIVEN_BACK_WORDS:
        return False
    line = _WORD.findall(partner.lower())
    if not line:
        return False
    # a gate before the counts, on the same words: the words of theirs the reply shares, counted
    # with repeats, are at most its words that are a word of their line at all
    in_line = frozenset(line)
    inside = sum(map(in_line.__contains__, words))
    if said - inside > OWN_SHARE * said:
        return False
    mine, theirs = Counter(words), Counter(line)
    shared = sum((mine & theirs).values())
    if said - shared > OWN_SHARE * said or shared < LINE_SHARE * len(line):
        return False
    # ... out of their order: a reflection that keeps their words in their order is theirs
    # said back, which rule 129 reads when it is a copy and which is a simple reflection when
    # it is not (a counsellor's "... and then you sat in the car park for forty minutes")
    pairs = set(pairwise(line))
    kept = sum(pair in pairs for pair in pairwise(words))
    return kept < IN_ORDER_SHARE * (len(words) - 1)
