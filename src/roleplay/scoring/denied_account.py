"""Rule 171 (docs/scoring.md): their view acknowledged, then their account denied, is no
receptiveness.

"I see your point, but that's just not what happened." opens the way receptive replies do
(rule 30: the speaker acknowledges their view) and then flatly contradicts what they reported.
Receptiveness is engaging with their view before giving yours; a flat denial of their account
is the explicit contradiction Yeomans et al. (2020) found in unreceptive replies, and the
acknowledgement before it is a formula. It kept "engaged with their view before giving yours"
(+12 collaboration, +11 listening) and the acknowledgement's own cues.

A denial of their account is a plain statement that what they said happened, or is so, is not
("that's not what happened", "that never happened", "that isn't true", "that's simply wrong",
"you've got it wrong", "you're mistaken", "that's not how it went") in the acknowledging
sentence after the acknowledgement, or in a later sentence. Doubting in a hedge ("I'm not sure
that's what happened", "I remember it differently") and disagreeing with a view ("but I
disagree about the timing") are no denial: they leave room for theirs. A denial that is itself
asked ("Is that not what happened?") denies nothing.
"""

from __future__ import annotations

import re

from roleplay.scoring.receptive import ACKNOWLEDGES_VIEW, AGREES_IN_PART
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Evidence

# what they reported, flatly denied by the speaker: a clause of its own that ends with the
# denial ("that's just not what happened.", "You've got it wrong, though: ..."), not a claim
# that goes on ("this is not the case for all officers", "it is wrong for us to assume")
DENIES_ACCOUNT = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:but|and|so|though|however|honestly|frankly|sorry),?\s+)"
    r"(?:(?:that|this|it)(?:'s| is| was)? ?(?:simply |just |really |absolutely |completely |"
    r"totally |flat(?:ly)? )?(?:not|n't|isn't|wasn't) (?:at all )?(?:what happened|true|the case|"
    r"how it (?:happened|went|was)|accurate|correct|right|the way it (?:happened|went|was))|"
    r"(?:that|this|it)(?:'s| is| was) (?:simply |just |plainly |completely |totally |flat(?:ly)? )?"
    r"(?:wrong|false|untrue|incorrect|made up|nonsense|rubbish|a lie|fiction)|"
    r"(?:that|this|it) (?:never|didn't|did not) happen(?:ed)?|"
    r"you(?:'ve| have) got (?:it|that|this|the facts) (?:all |completely |totally )?wrong|"
    r"you(?:'re| are) (?:simply |just |completely |totally )?(?:wrong|mistaken|misremembering|"
    r"making (?:it|that|this) up|imagining (?:it|things|that)))"
    r"(?: (?:on|in|at|during|about|with) (?:the |that |this |our |my |your |their )?\w+)?"
    r"(?:,? (?:though|either|at all|I'm afraid|sorry|there|on that|about (?:that|this|it)))?"
    r"\s*(?:[.!;:,\u2014-]|$)",
    re.IGNORECASE,
)
# the acknowledgement features of the receptive sentence that the denial takes back too
ACK_CUES = frozenset({"acknowledged_view", "agreement", "reflection", "understanding"})


def denial_after(sentences: list[Sentence], view: Sentence, after: int) -> Sentence | None:
    """The sentence that flatly denies their account after the acknowledgement (which ends at
    offset ``after`` of ``view``'s text): the acknowledging sentence's rest or a later
    statement. None when no sentence does."""
    for s in sentences:
        if s.start < view.start or s.text.rstrip().endswith("?"):
            continue
        text = s.text
        offset = 0
        if s is view:
            offset = max(0, after)
        if DENIES_ACCOUNT.search(text, offset) is not None:
            return s
    return None


def without_ack_cues(
    cues: list[tuple[str, Evidence]], view: Sentence
) -> list[tuple[str, Evidence]]:
    """The cue evidence without the acknowledgement's own credits in the acknowledging
    sentence (taken back by the denial after it)."""
    return [
        (f, e)
        for f, e in cues
        if not (
            f in ACK_CUES
            and e.points > 0
            and e.span is not None
            and view.start <= e.span[0] < view.end
        )
    ]


def ack_end(text: str) -> int:
    """Where the acknowledgement of their view (or the agreement in part) ends in ``text``,
    relative to the sentence (0 when neither is found)."""
    m = ACKNOWLEDGES_VIEW.search(text) or AGREES_IN_PART.search(text)
    return m.end() if m is not None else 0
