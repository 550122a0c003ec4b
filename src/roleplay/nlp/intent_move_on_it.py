"""A yes or a no that acts on "it" answers the line as a short yes or no does (issue 12).

"Sure, I'll do that.", "OK, I'll take care of it.", "Yes, I'll set it up this afternoon." agree
and act, but on a pronoun: what they act on is what the counterpart just asked. Read as they are,
the encoder hears only their register - an assent, "I'll", a verb, a time - and that met whatever
commitment or cave came closest: to Marcus's "So can you get me a one-page answer for their IT
director by Wednesday?" the learner's "Sure, I'll do that." met `concede_us_hosting` and bent the
rule; to Dana's "Would you come with me to my VP on Thursday?" a "Yes, I'll set it up this
afternoon." met `threaten_escalation`. A bare "Sure." to the same lines was read against them
(:mod:`.intent_answer`), and these say no more than it does.

So :func:`acts_on_it` reads such a reply as a short yes when the counterpart's line asks for a
move (:func:`.intent_answer.answered`): it is only an optional assent ("Sure,", "OK,", "Yes,"),
the speaker's side with a modal of the future or of ability ("I'll", "we will", "I can", "I'm
going to", "I'd be happy to"), a verb, "it", "that", "this" or "them" (after "care of", "with",
"to": "I'll take care of it", "I'll deal with it", "I'll see to it"), and a tail of words that
name no topic (a particle, a time: "up this afternoon", "out today", "by Friday"). Its verb must
do the thing: a verb of doing whatever was asked (:data:`_DOING`: do, handle, sort, take care
of, set up, arrange, get it done, make it happen, deal with, fix, see to, own, action) or the verb
the line itself asks for ("Can you check the logs?" - "Sure, I'll check them today."). A verb
that only considers ("I'll think about it", "I'll look into it", "Let me check that" to a line
that asked for a commitment) is no yes, and the reply is read as it is.

A no that refuses "it" is read the same way, as a short no: an optional "No,", "Sorry," or "I'm
afraid", the speaker's side refusing ("I can't", "we won't", "I'm not going to"), a verb that does
the thing asked, the pronoun and a tail of no topic ("I can't do that.", "Sorry, I won't do it.",
"No, I can't do that this week."). Read as they were, such no's met any refusal in the scenario
("I can't do that." to "Will you present the migration part yourself?" met `flat_refusal` of the
whole project); read against the line, a no says only what was asked about
(:mod:`.intent_answer_object`).

Not read so: a move that names its object ("I'll set up the call"), a second verb or a thing in
the tail ("I'll do it and brief the VP", "I'll send it to legal", "I can't do that, the lease
forbids it"), a maybe ("I could do that", "I might do it"), a reply of more than one sentence,
and any reply to a line that asks for nothing (it is read as it is, as before).
"""

from __future__ import annotations

import re

from .intent_relevance import content_words, stem
from .memo import reading

_LONGEST = 80  # characters: a reply this long says more than a yes
# an assent before the move: it agrees to what was asked
_ASSENT = (
    r"(?:yes|yeah|yep|yup|sure(?:\s+thing)?|ok(?:ay)?|fine|alright|all\s+right|right|deal"
    r"|done|agreed|of\s+course|no\s+problem|no\s+worries|great|absolutely|certainly"
    r"|definitely|will\s+do|you\s+got\s+it|happy\s+to)"
)
# the speaker's side with a modal of the future or of ability (not a maybe: "could", "might")
_ACTOR = (
    r"(?:i|we)(?:['’]ll|\s+will|\s+can|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to"
    r"|['’]re\s+going\s+to|\s+are\s+going\s+to|['’]d\s+be\s+(?:happy|glad)\s+to"
    r"|\s+would\s+be\s+(?:happy|glad)\s+to)\s+"
)
_ADVERBS = r"(?:(?:just|simply|personally|happily|gladly|definitely|certainly|also|then)\s+)*"
# the move itself: a verb on a pronoun, and a tail
_ON_IT = (
    r"(?P<verb>[a-z]+)\s+(?:care\s+of\s+|with\s+|to\s+)?"
    r"(?:it|that|this|them)\b(?P<tail>[^.!?;:]*)[.!]*\s*"
)
_MOVE = re.compile(rf"\W*(?:{_ASSENT}\b\W*)*{_ACTOR}{_ADVERBS}{_ON_IT}", re.IGNORECASE)
# a no before the move: "No,", "Sorry,", "I'm afraid"
_NO = r"(?:no|nope|sorry|i['’]m\s+afraid|afraid|look|honestly|unfortunately)"
# the speaker's side refusing: "I can't", "we won't", "I'm not going to"
_REFUSER = (
    r"(?:i|we)(?:\s+can['’]?t|\s+cannot|\s+can\s+not|\s+won['’]t|\s+will\s+not"
    r"|['’]m\s+not\s+going\s+to|\s+am\s+not\s+going\s+to|['’]re\s+not\s+going\s+to"
    r"|\s+are\s+not\s+going\s+to)\s+(?:(?:just|simply|really)\s+)?"
)
_REFUSED = re.compile(rf"\W*(?:{_NO}\b\W*)*{_REFUSER}{_ON_IT}", re.IGNORECASE)
# verbs that do whatever was asked
_DOING = frozenset(
    "do handle sort take set arrange organise organize get make deal fix see own action "
    "manage cover".split()
)
# words of a tail that name no topic though content_words keeps them: days, and the speaker
_TIMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend noon midnight tonight "
    "asap myself ourselves personally straight away happen happens promise".split()
)
# the cheap first check: every such move has the speaker's side before a modal
_FOUND = re.compile(
    r"\b(?:i|we)(?:['’]|\s+(?:will|can|cannot|shall|am|are|would|won)\b)", re.IGNORECASE
)


def may_act_on_it(reply: str) -> bool:
    """The cheap first check: ``reply`` is short, and a move on a pronoun (:func:`moves`)."""
    return len(reply) <= _LONGEST and _FOUND.search(reply) is not None and moves(reply)


def moves(reply: str) -> bool:
    """Whether ``reply`` is only a move on a pronoun or a refusal of one, whatever its verb
    (see the module docstring)."""
    return _verb(reply.strip()) is not None


@reading
def _verb(reply: str) -> tuple[str, bool] | None:
    """The verb (lower case) of a reply that is only a move on a pronoun, and whether it makes
    the move (False: it refuses it); None for any other reply."""
    for pattern, yes in ((_MOVE, True), (_REFUSED, False)):
        found = pattern.fullmatch(reply)
        if found is not None:
            if any(w not in _TIMES for w in content_words(found.group("tail"))):
                return None
            return found.group("verb").lower(), yes
    return None


def acts_on_it(reply: str, asked: str) -> bool | None:
    """True for a yes that acts on "it", False for a no that refuses to (see the module
    docstring), when its verb does what ``asked`` (the move the line asks for) asks: a verb of
    doing, or one ``asked`` uses; None otherwise."""
    found = _verb(reply.strip())
    if found is None:
        return None
    verb, yes = found
    if verb in _DOING or stem(verb) in {stem(w) for w in re.findall(r"[a-z]+", asked.lower())}:
        return yes
    return None
