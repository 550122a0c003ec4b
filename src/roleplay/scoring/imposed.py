"""Rule 42 (docs/scoring.md): an acknowledgement, then "but you'll have to ...".

The cue layer (`refusals.imposed_after_ack`) marks warm words whose "but" holds the line on the
partner - what they will have to do or put up with ("I hear you, and I respect you for being
honest, but you'll have to tell your wife", "I completely hear you, but the policy applies to
everyone") - as `imposed_after_ack`, which takes the acknowledgements before it back. Here the
sentence holding that "but" is read for what it does: the encoder often reads such a sentence as
an offer or a concession by its warm opening ("I really appreciate everything you've done, but
you'll have to be in both days" near "offers to help"); it offers, concedes and restates nothing,
and commits them, not the speaker, so it answers no request of theirs.
"""

from __future__ import annotations

from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Evidence

FEATURE = "imposed_after_ack"
# acts the warm opening lends such a sentence that it does not perform
NOT_PERFORMED = frozenset(
    {"concession", "offer_help", "proposal", "trade", "reflection", "validation", "appreciation"}
)


def _ends(cues: list[tuple[str, Evidence]]) -> list[int]:
    return [e.span[1] for f, e in cues if f == FEATURE and e.span is not None]


def imposes(s: Sentence, cues: list[tuple[str, Evidence]]) -> bool:
    """The sentence holds the end of an `imposed_after_ack` cue (where its "but" clause is)."""
    return any(s.start < end <= s.end for end in _ends(cues))


def without_imposed_offers(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> list[Sentence]:
    """The sentences with the acts a holding-the-line sentence does not perform cleared."""
    ends = _ends(cues)
    if not ends:
        return sentences
    return [
        s.without_act()
        if s.act.act in NOT_PERFORMED and any(s.start < end <= s.end for end in ends)
        else s
        for s in sentences
    ]
