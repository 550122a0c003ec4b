"""An acknowledgement that a "but" takes back, when what follows holds the speaker's line and
gives nothing (docs/scoring.md rule 431).

"I do take your point about the photo, but the rules of this group say pet issues go here, so
I'll keep posting." "I hear your concerns and I appreciate you raising them, but I think most
readers can judge for themselves." "I'm sorry you feel the quote is high, and I hear your
concern, but our pricing reflects the value we deliver." Each acknowledges their view or their
feeling, then turns on a contrast to the speaker's own side and leaves everything as it was: a
concession taken straight back. Rule 30's receptiveness and the acknowledgement cues credited
the first half in full, so such replies stood above a plain reply that gave something (a
middle ground, a question about their need) in online disputes, renewals and health forums.

A reply holds its line after an acknowledgement when

- an acknowledgement (their view, their feeling, understanding, appreciation, sympathy, a
  validation) ends shortly before a contrast ("but", "however", "though", "that said", "even
  so", "unfortunately"),
- after the contrast the speaker states its own side (a word of the first person: "I'll keep
  posting", "our pricing", "I stand by"; not after an opening "I think / believe / feel", which
  owns a different view, as rule 28 reads it) or tells them what to do (advice),
- what follows leaves the matter as it was (it stays, is kept, stands, won't change, a policy
  or a rule decides it, "a review is a review") or is advice, and
- nothing after the contrast gives anything: no option, offer, trade, concession, invitation,
  agreement or apology, no question about them, no sentence the encoder reads as a proposal,
  a trade, a concession, an offer of help or a curious question, no concrete next step.

Then the acknowledgement earns nothing: its cue evidence in the sentence of the contrast and
the one before is dropped, it is no receptive view (rule 30), and acknowledging acts before the
contrast are taken back as a refusal takes them back. A "but" that goes on to give ("..., but
could we cap it at twice the fees?") or one inside their own story ("I get that you did
everything they asked, but they still said no") is left alone.
"""

from __future__ import annotations

import re

from roleplay.scoring.next_step import next_steps
from roleplay.scoring.semantic_rules import ACK_FEATURES, BAD_QUESTION_ACTS, BESIDE_ACTS
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Dimension, Evidence

# the evidence, in cue units (x the head's cues- weight): about -3 collaboration
HELD_UNITS: dict[Dimension, float] = {"collaboration": -0.2}
HELD_REASON = "acknowledged, then held your line and gave nothing"

_CONTRAST = re.compile(
    r"(?:^|(?<=[\s,;:.(\-]))(?:but|however|though|that said|even so|unfortunately|"
    r"having said that|all the same)\b",
    re.IGNORECASE,
)
# a view put as the speaker's own right after the contrast: receptive disagreement, not a line
# held ("I see why you're worried about the rise, but I think the tribunal might cap it")
_OPINION = re.compile(
    r"\W*(?:i (?:do |really |honestly |still )?(?:think|believe|feel|wonder|suspect|guess)|"
    r"in my (?:view|opinion|experience)|personally|for me)\b(?: that)?"
)
# the speaker's own side after the contrast
_OWN_SIDE = re.compile(r"\b(?:i|i'm|i'll|i'd|i've|me|my|we|we're|we'll|we'd|we've|us|our)\b")
# ... that leaves the matter as it was: it stays, is kept, stands, or a rule decides it ("so
# I'll keep posting", "the retailer date stays", "I stand by every word", "the policy tells me
# to", "our pricing reflects ...", "these things take the time they take")
_KEPT = re.compile(
    r"\b(?:keep|keeps|keeping|stay|stays|staying|remain|remains|stand by|stands|"
    r"won't (?:be )?chang\w*|not (?:going to |be )?chang\w*|as (?:it|they) (?:is|are)|as is|"
    r"(?:policy|policies|rules?|guidelines?|terms|process)\b|reflects?|take the time|"
    r"is what it is|(?:a|the) \w+ is (?:a|the) \w+|comes? first|all there is)\b"
)
# acknowledgements the contrast takes back
ACKNOWLEDGING = ACK_FEATURES - {"joint_framing", "warmth", "apology", "agreement"} | {
    "acknowledged_view",
    "reflection",
}
# what gives something after the contrast
GIVING = frozenset(
    {
        "option",
        "conditional_offer",
        "generosity",
        "mutual_gain",
        "invitation",
        "agreement",
        "apology",
        "open_question",
        "interest_question",
        "elaboration_invite",
    }
)
_NEAR = 80  # the contrast follows the acknowledgement within this many characters


def held_line(
    reply: str, sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> tuple[int, int] | None:
    """The contrast's span when an acknowledgement before it is taken back by a reply that
    then holds the speaker's line and gives nothing (None: no such contrast)."""
    acks = [e.span for f, e in cues if f in ACKNOWLEDGING and e.points > 0 and e.span is not None]
    if not acks:
        return None
    for m in _CONTRAST.finditer(reply):
        c = m.start()
        if not any(end <= c and c - end <= _NEAR for _, end in acks):
            continue
        after = reply[m.end() :].lower()
        if _OPINION.match(after) is not None:
            continue  # "..., but I think ...": a view of its own, receptive (rule 28)
        advice_after = any(s.act.act == "advice" and s.end > m.end() for s in sentences) or any(
            f == "advice" and e.span is not None and e.span[0] >= c for f, e in cues
        )
        if _OWN_SIDE.search(after) is None and not advice_after:
            continue  # "..., but they still said no": their story, not the speaker's line
        if _KEPT.search(after) is None and not advice_after:
            continue  # an argument of the speaker's own, not the matter left as it was
        if _gives(c, m.end(), sentences, cues):
            return None
        return (m.start(), m.end())
    return None


def _gives(c: int, end: int, sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> bool:
    for f, e in cues:
        if f not in GIVING or e.points <= 0 or e.span is None or e.span[0] < c:
            continue
        home = sentence_at(sentences, e.span)
        if home is not None and home.act.act in BAD_QUESTION_ACTS:
            continue  # "..., but have you tried ...?" asks nothing of theirs
        return True
    if any(s.start >= end and s.act.act in BESIDE_ACTS for s in sentences):
        return True
    # a concrete next step after it ("..., but I think we can get loan machines in by Monday")
    return any(s.end > end for s, _ in next_steps(sentences, cues, False))


def taken_back_cues(
    cues: list[tuple[str, Evidence]], sentences: list[Sentence], contrast: tuple[int, int]
) -> list[tuple[str, Evidence]]:
    """The cue evidence without the acknowledgements the contrast takes back: those in its
    sentence and the one before it, before the contrast."""
    home = sentence_at(sentences, contrast)
    first = home.start if home is not None else 0
    earlier = [s for s in sentences if s.end <= first]
    if earlier:
        first = earlier[-1].start
    return [
        (f, e)
        for f, e in cues
        if not (
            f in ACKNOWLEDGING
            and e.points > 0
            and e.span is not None
            and first <= e.span[0] < contrast[0]
        )
    ]
