"""Not following, not believing it, or not knowing is no move (issue 12).

"Sorry, I don't get what you're saying", "I'm not sure I follow", "I don't know what you
mean", "You've lost me", "I can't believe this is happening" say the speaker is lost or taken
aback. They hold a negator and the words of a refusal ("I don't", "I can't") or of an apology
("Sorry"), and met refusals, apologies and dismissals in up to seven of the readable sets. They
refuse nothing and offer nothing: the speaker has not taken the point in yet. Written fast, as
learners type in a hurry ("i dont no wat u meen", "im not sur i folow", "i cant beleive this
is hapening"), the words the negation and doubt readings know are hidden, and such replies
met refusals too.

:func:`confused` reads a part that is nothing but such a reaction: the speaker does not get,
follow, understand or know what is meant, is lost or confused, has been lost, or cannot
believe this (not "you": "I can't believe you'd ask me that" reproaches them), optionally
after "sorry", "wait", "hang on", "um", and followed by nothing but what they cannot follow
("what you mean", "what you're asking", "where this is going", "the question"). It tolerates
the spellings of a hurried chat ("dont", "im", "u", "wat", "no" for "know", a letter dropped or
swapped in "follow", "mean", "sure", "believe", "understand"). A reason after it ("I don't
understand why we need 30%") is a question about their need in the negative and is read as
usual, and so is a no ("I don't get why you'd want it, and no, we won't") or a move after it.
Not knowing is the same kind of part ("No idea, to be honest.", "No clue, sorry.", "I've got
no idea, sorry.", "Not a clue.", "Dunno.", "Beats me."): its "no" met refusals in up to ten
readable sets ("No clue." read as a bare no), but it refuses nothing. Not such a part: what
they do not know named after it ("No idea why the board needs 30% now"), read as usual.
Such a part is barred from every intent none of whose examples is itself such a reaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .memo import reading

# the cheap first check, on the lowered reply: every such reaction holds one of these
_WORDS = re.compile(
    r"bel[ie]+v|fol+o?w|und[ae]?rst|me[ae]n|mena|ment\b|lost|confus"
    r"|get (?:it|this|that|what|wat|you|wh)|no w|know w|idea|clue|dunno|beats me|search me"
)

_I = r"(?:i|i['’]?m|im|i am|i['’]?ve|ive|i have)"
_NOT = r"(?:don['’]?t|dont|dnt|do not|didn['’]?t|didnt|did not|can['’]?t|cant|cannot|can not)"
_KNOW = r"(?:know|kno|no|get|understand|undrstand|understnad|undestand|follow|folow|follw|see)"
# ... of which these say it alone ("I don't follow"); "I don't know" and "I don't see" alone
# may answer a question or doubt a move, so they need what is not followed after them
_KNOW_ALONE = r"(?:get|understand|undrstand|understnad|undestand|follow|folow|follw)"
_MEAN = r"(?:mean|meen|mena|meant|ment)"
_YOU = r"(?:you|u|ya|yu)"
_YOURE = r"(?:you['’]?re|youre|ur|u r|you are|u are|your)"
# what they cannot follow: what is meant, said or asked, where it is going, the question
_WHAT = (
    r"(?:(?:wh?at|wat|wht)\s+(?:"
    + _YOU
    + r"\s+"
    + _MEAN
    + r"|"
    + _YOURE
    + r"\s+(?:saying|sayin|asking|askin|getting at|gettin at|on about|talking about|after)"
    + r"|"
    + _YOU
    + r"\s+(?:said|asked|want|wants|need|are after)"
    + r"|(?:this|that|it)\s+(?:is|means)|(?:is|was)\s+(?:said|meant)|(?:is|was)\s+going\s+on"
    + r"|(?:is|was)\s+happening)"
    + r"|where\s+(?:"
    + _YOURE
    + r"|this\s+is|that\s+is|it['’]?s|this['’]?s)\s+going(?:\s+with"
    + r"\s+(?:this|that|it))?|the\s+question|the\s+point|(?:it|this|that|you)"
    + r"|(?:this|that|it)\s+at\s+all|how\s+(?:this|that|it)\s+(?:happened|works|helps))"
)
_END = (
    r"(?:\W+(?:at all|here|there|yet|sorry|though|to be honest|tbh|by that|by this|honestly"
    r"|mate|i['’]?m afraid|i['’]?m sorry))*\W*$"
)
_LEAD = (
    r"^\W*(?:(?:sorry|sory|sorri|sry|soz|wait|hang on|hold on|um+|uh+|erm|hmm+|huh|ok|okay|so|honestly"
    r"|hey|oh|ah|look|well|but|and)\W+)*"
)
_CONFUSED = re.compile(
    _LEAD
    + r"(?:"
    # "I don't get what you're saying", "i dont no wat u meen", "I don't follow"
    + _I
    + r"?\s*"
    + _NOT
    + r"\s+(?:really\s+|quite\s+|totally\s+|fully\s+)?(?:"
    + _KNOW
    + r"\s+"
    + _WHAT
    + r"|"
    + _KNOW_ALONE
    + r")"
    # "I'm not sure I follow", "im not sur wat u meen", "I'm not following"
    + r"|"
    + _I
    + r"\s+not\s+(?:(?:quite|totally|really|entirely|so)\s+)?(?:sure|sur|shure|shur)"
    + r"\s+(?:(?:i|that i)\s+(?:"
    + _KNOW
    + r"|am following|['’]?m following|get it)(?:\s+"
    + _WHAT
    + r")?|"
    + _WHAT
    + r")"
    + r"|"
    + _I
    + r"\s+not\s+(?:quite\s+|really\s+)?(?:following|folowing|with you|getting it)"
    # "I'm lost", "I'm confused", "You've lost me", "You lost me there"
    + r"|"
    + _I
    + r"\s+(?:a (?:bit|little) |so |totally |completely )?(?:lost|confused"
    + r"|confuzed)(?:\s+(?:by|about)\s+"
    + _WHAT
    + r")?"
    + r"|"
    + _YOU
    + r"(?:['’]?ve| have)?\s+lost\s+me"
    # "I can't believe this is happening", "i cant beleive it"
    + r"|"
    + _I
    + r"?\s*(?:can['’]?t|cant|cannot|can not|don['’]?t|dont)\s+(?:bel[ie]+ve|belive"
    + r"|beleive)\s+(?:(?:this|it|that|what)\b(?!\s+"
    + _YOU
    + r"\b)[^,;]*)?"
    # "No idea, to be honest.", "I've got no clue", "Not a clue", "Dunno", "Beats me"
    + r"|(?:"
    + _I
    + r"\s+(?:(?:got|have|had)\s+)?|i['’]?ve\s+got\s+|(?:i['’]?ve\s+)?(?:got\s+)?)"
    + r"(?:absolutely\s+|really\s+)?no\s+(?:idea|clue|notion)|not\s+a\s+clue|(?:i\s+)?dunno"
    + r"|beats\s+me|search\s+me"
    # "What do you mean?", "wat do u meen by that"
    + r"|(?:wh?at|wat|wht)\s+(?:do|d|does)\s+"
    + _YOU
    + r"\s+"
    + _MEAN
    + r")"
    + _END,
    re.IGNORECASE,
)


def may_be_confused(lowered: str) -> bool:
    """The cheap first check of :func:`confused` on a lowered reply."""
    return _WORDS.search(lowered) is not None


@reading
def confused(text: str) -> bool:
    """The part is nothing but the speaker not following, or not believing it (see the module
    docstring)."""
    return _CONFUSED.match(text) is not None


_CLAUSE = re.compile(r"[.;:!?]+\s*|,\s*|\s+[-–—]\s+")


def confusing(examples: Sequence[str]) -> bool:
    """One of the intent's examples is, in one of its clauses, such a reaction ("Wait, you've
    lost me. Is this the extension?"): such a part may meet it."""
    return any(confused(e) or any(map(confused, _CLAUSE.split(e))) for e in examples)
