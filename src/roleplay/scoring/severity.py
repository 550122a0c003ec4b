"""How bad the speaker says it is: agreeing that it is bad validates, making it smaller dismisses.

The encoder reads "That's even worse, you're right" and "It could have been worse" as the same
kind of sentence (one word apart), and "That's not as bad as it sounds" or "At least it was only
two hours" as close to an acknowledgement. Their wording decides which way they go:

- agreeing that what happened to them is bad ("That's worse than the outage itself", "That's
  the worst part of it", "That's awful, and it's on us") is validation, not dismissal;
- making it smaller ("not as bad as", "no big deal", "at least … only …") is dismissal, not an
  acknowledgement or a restatement, however close to their words it sits.
"""

from __future__ import annotations

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.ascii_case import caseless

# Agreeing that it is bad: "that's/it's/this is (even/far/much) worse / the worst / awful /
# unacceptable ...", or naming the worst of it. "not" between breaks the match ("That's not the
# worst"), and so does "could/would/might be" ("It could be worse" makes it smaller).
AGREES_BAD = caseless(
    r"^\W*(?:(?:honestly|frankly|yes|yeah|god|wow|and|you're right|you are right|agreed),? )*"
    r"(?:that's|that is|that was|it's|it is|it was|this is|this was)\s+"
    r"(?:(?:even|far|much|so much|way|a lot|honestly|genuinely|really|just|truly)\s+)*"
    r"(?:worse|the worst|awful|terrible|horrible|appalling|dreadful|unacceptable|inexcusable|"
    r"indefensible|not (?:ok|okay|acceptable|good enough)|a (?:real |serious |huge |big )?"
    r"(?:failure|mess))\b"
    r"|\bthe worst (?:part|bit|thing)\b(?! (?:is|was) (?:over|behind))"
)
# Making it smaller: "not as bad as", "no big deal", "at least ... only".
MINIMISES = caseless(
    r"\b(?:not|isn't|wasn't|aren't|is not|was not|are not) (?:as|that|so|all that) bad\b"
    r"|\b(?:no|not a|not such a|not that big a) big deal\b"
    r"|\bat least\b[^.?!]*\b(?:only|just)\b"
    r"|\b(?:it|that) (?:was|is|'s) (?:only|just) (?:a |an |one |two |three |a few |a couple of |"
    r"\d+ )?(?:few |couple of )?(?:hours?|minutes?|days?|weeks?|bit|little|blip|hiccup)\b"
)
# the speaker's own state ("It is even worse here and I am not feeling well", "I'm not that bad
# at it"): neither agrees nor dismisses, so the encoder's reading stands
OWN_STATE = caseless(r"\b(?:i|i'm|i am|i've|i was|me|my|myself)\b")
_AGREEING = frozenset({"dismissal"})  # what the encoder takes agreeing it is bad for
# costly acts a sentence that makes it smaller may still perform ("At least you're not the one
# who broke it" blames); anything else it does is dismissing
_KEPT_WHEN_SMALLER = frozenset(
    {"blame", "threat", "insult", "sarcasm", "condescension", "undervalue", "self_focus"}
)
STRENGTH = 0.8  # as clear as its wording (sentences.CUE_ACT_STRENGTH)


def weighed(act: SentenceAct, text: str, question: bool) -> SentenceAct:
    """The sentence's act once its wording has said which way it weighs what happened."""
    if question:
        return act
    smaller = MINIMISES.search(text)
    if (not smaller and act.act not in _AGREEING) or OWN_STATE.search(text):
        return act  # nothing to weigh (looked for first: the cheaper test), or their own state
    if smaller:
        # as clear as its wording, and kept so: a restatement of their words it is not
        if act.act in _KEPT_WHEN_SMALLER:
            return SentenceAct(act.act, max(act.strength, STRENGTH), 1.0, 1.0)
        return SentenceAct("dismissal", STRENGTH, 1.0, 1.0)
    if act.act in _AGREEING and AGREES_BAD.search(text):
        return SentenceAct("validation", STRENGTH, 0.0, 0.0)
    return act
