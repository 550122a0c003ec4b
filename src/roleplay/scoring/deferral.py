"""Rule 126: putting their concern off is no next step.

"I understand your concern. Let's circle back on that next quarter." scored 78, beside the
table: "Let's" plus a time ("next quarter") read as a concrete next step, and as an answer to
their request. A deferral with no act of the speaker's in it ("circle back", "park it", "put a
pin in it", "revisit it / take it offline later, next year, some other time") is a stall:
it commits to nothing, so it earns no next step and answers nothing, and after an
acknowledgement it is a brush-off like a deflection to process (refusals.DEFLECTION).

Not a deferral: a return with something of the speaker's to bring ("I'll circle back by
Friday with the numbers"), a meeting set to solve it ("Let's revisit the rota with your team on
Thursday"): a near time (today, tomorrow, a weekday, this week) or a deliverable keeps it a
step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.scoring.ascii_case import caseless

if TYPE_CHECKING:  # the cue layer (refusals.py) imports this module: no encoder, no act bank
    from roleplay.scoring.sentences import Sentence
    from roleplay.scoring.types import Evidence

# The stall itself: idioms of putting a matter aside, whatever time follows them.
_ASIDE = (
    r"circle back|put a pin in (?:it|this|that)|park (?:it|this|that)(?= for now|\W*$| until| "
    r"till| and)|(?:table|shelve) (?:it|this|that)(?: for now)?|"
    r"(?:kick|push) (?:it|this|that|the can) (?:down the road|into next \w+)|"
    # open-ended, closing a "but" or a "so" (rule 164): talking or thinking with no end named
    r"(?:but|so),? (?:(?:let's|let us|we(?:'ll| will| can)) keep (?:talking|chatting|the "
    r"conversation going)(?: about (?:it|this|that))?|(?:i|we)(?:'ll| will|'d| would)? (?:need|"
    r"have|want) to (?:think|mull) (?:about )?(?:it|this|that)(?: over)?|(?:let me|i'll|i will|"
    r"we'll|we will) (?:think|mull) (?:about )?(?:it|this|that)(?: over)?|(?:let me|i'll|we'll|"
    r"i will|we will|i'd like to|i need to) sleep on (?:it|this|that))(?=\W*$| for now\W*$)"
)
# Coming back to it at a vague or far time.
_LATER = (
    r"(?:later(?! today| this)|next (?:quarter|year|cycle|round|half|financial year|budget)|another "
    r"time|some other time|down the (?:road|line|track)|in the new year|at some point|some ?day|"
    r"when things (?:calm|settle|quieten|quiet) down|once things (?:calm|settle|quieten|quiet) "
    r"down|after the (?:holidays|reorg|freeze|summer|busy season))"
)
_BACK = (
    r"(?:revisit|come back to|return to|pick (?:it|this|that) (?:back )?up|look at (?:it|this|that)"
    r" again|discuss (?:it|this|that)|take (?:it|this|that) offline)"
)
DEFERS = caseless(
    r"\b(?:" + _ASIDE + r"|" + _BACK + r"(?: \w+){0,3}? " + _LATER + r"|" + r"(?:wait|hold off|"
    r"leave (?:it|this|that)) (?:until|till|for) " + _LATER + r")"
)
# What the speaker brings back: a deliverable of their own keeps it a step.
BRINGS = caseless(
    r"\b(?:with (?:the|a|an|my|our|some|your) \w+|once (?:i|we)(?:'ve| have)? \w+|after (?:i|we) "
    r"\w+|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|the end of (?:the "
    r"|this )?(?:day|week)|eod|noon))"
)


def defers(text: str) -> bool:
    """The sentence puts the matter off and brings nothing back."""
    return DEFERS.search(text) is not None and BRINGS.search(text) is None


# what a stall is read as by its "let's" or "we'll" and does not do
NOT_PERFORMED = frozenset({"concession", "offer_help", "proposal", "trade"})
NOT_EARNED = frozenset({"joint_framing", "option", "invitation", "mutual_gain", "generosity"})


def without_deferred_offers(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> tuple[list[Sentence], list[tuple[str, Evidence]]]:
    """A sentence that puts the matter off proposes, offers and shares nothing: its acts and
    its collaboration cues are cleared."""
    stalls = [s for s in sentences if defers(s.text)]
    if not stalls:
        return sentences, cues
    sentences = [
        s.without_act() if s in stalls and s.act.act in NOT_PERFORMED else s for s in sentences
    ]
    kept = [
        (f, e)
        for f, e in cues
        if not (
            f in NOT_EARNED
            and e.span is not None
            and any(s.start <= e.span[0] < s.end for s in stalls)
        )
    ]
    return sentences, kept
