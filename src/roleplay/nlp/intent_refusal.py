"""A reply that holds a no concedes nothing, unless it turns with an assent.

"Still no from me. Every lift gets its permit first, like always." restates the rule after the
refusal, in the words of the move it refuses ("lift", "permit"), and its second sentence alone
reads like waiving the permit. A concession cannot follow a refusal in the same reply unless
the reply turns to it with an assent: "No for the full set. OK, go ahead with the US region for
the pilot only." concedes the pilot. A "but" after a no turns to *another* move ("Two weeks in
Virginia is not going to happen, sorry. But let's see if we can get them live in the EU
faster." proposes, it does not concede Virginia), so only an assent ("OK", "fine", "sure",
"go ahead", "alright", "yes", ...) between the refusal and the end of a part lets it match an
intent that concedes. Nor does a part that is only a no ("No.", "No, sorry.", "OK, no."): a
conceding intent may be written with "no" ("Fine, no rate limits for the launch, then", "OK, no
throttling on launch day": giving up the limits), and a bare no met those examples as a cave;
"Fine, no limits on Thursday then" still gives in.

The rule restated after a no is not an offer either: a part that comes after a refusal with no
turn at all (not even a "but"), in which the speaker takes no move and nothing is put forward
("The answer is still no. They get the standard cap like every other customer."), cannot match
an intent whose examples are the speaker's own moves (``offers``: "We could ...", "I'll ...",
"Let's ..."). An offer after a no stays an offer: "I can't do 40%. A two-year term at the cap
would spread the saving." puts something forward.

Which intents concede is read from their own examples, not from their names: an intent of
which at least ``CONCEDING_EXAMPLES`` examples open with an assent ("OK, ...", "Fine, ...",
"Sure, ...", "Alright, ...", "Go ahead ...") gives in to what was asked. A refusal is a
sentence that holds a negation (:mod:`.negation`, so "no problem" is none), is not a question,
and says no: "no" (not "oh no"), a negated "can", "will", "could" or "would" (not a hedge: "I
can't say I love it", "I can't promise forever"), "not going to", "not an option", "isn't
possible", "never", ...
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .intent_no_move import warns
from .intent_readings import refusal_end, speaks, without_idiom_of_no
from .intent_similarity import (
    BARE_NO,
    REFUSAL,
    SPEAKER,
    is_question,
    phrasing_mood,
    says_no_as_a_question,
)
from .memo import reading
from .negation import is_negative
from .sentences import split_sentences

CONCEDING_EXAMPLES = 2
OFFERING_SHARE = 0.6

_ASSENT = re.compile(r"^\W*(?:ok|okay|fine|sure|alright|all right|go ahead|go on)\b", re.IGNORECASE)
# a turn to giving in: an assent, not a "but" (after "Virginia is not going to happen", "But
# let's get them live in the EU faster" turns to another move, not to the one refused)
_ASSENT_TURN = re.compile(
    r"(?=[ofsagyOFSAGY])\b(?:ok|okay|fine|sure|alright|all right|go ahead|go on|yes|yeah)\b",
    re.IGNORECASE,
)

# a part that is only a no, perhaps after an assent or filler and before a word of regret
# ("No.", "Nope, sorry.", "OK, no.", "Well, no, I'm afraid.")
_ONLY_NO = re.compile(
    r"\W*(?:(?:ok|okay|fine|sure|alright|well|um|uh|look|honestly)\W+)?"
    r"(?:no|nope|nah|no way|not a chance|absolutely not|certainly not|definitely not)\b"
    r"(?:\W|\b(?:sorry|i['’]m afraid|i am afraid|then|mate|thanks)\b)*$",
    re.IGNORECASE,
)

_TURN = re.compile(
    r"(?=[bofsaghtyBOFSAGHTY])\b(?:but|ok|okay|fine|sure|alright|all right|go ahead|go on|however|though|that said"
    r"|having said that|then again|yes|yeah)\b",
    re.IGNORECASE,
)


def concedes(examples: Sequence[str]) -> bool:
    """True when the intent's examples give in: enough of them open with an assent."""
    return sum(1 for e in examples if _ASSENT.match(e)) >= CONCEDING_EXAMPLES


def offers(examples: Sequence[str]) -> bool:
    """True when the intent is a move the speaker takes on: OFFERING_SHARE of its affirmative
    statements (at least two) have the speaker act ("We could ...", "I'll ...", "Let's ...")."""
    moods = [phrasing_mood(e) for e in examples if not is_negative(e) and not is_question(e)]
    own = sum(1 for m in moods if m == SPEAKER)
    return own >= 2 and own >= OFFERING_SHARE * len(moods)


def barred(
    text: str,
    spans: Sequence[tuple[int, int]],
    conceding: NDArray[np.bool_],
    offering: NDArray[np.bool_] | None = None,
    negative: bool | None = None,
) -> NDArray[np.bool_] | None:
    """(parts, intents): the intents each part may not match - the ``conceding`` ones
    (intents,), after a refusal the reply never turns from or in a part that is only a no ("No.",
    "OK, no."), and the ``offering`` ones there
    too when the part has no move of the speaker's in it (the rule restated: "The answer is
    still no. They get the standard cap like every other customer."); None when no part is
    held. ``negative``: :func:`.negation.is_negative` of ``text`` when the caller has read it
    (None: read here)."""
    # a part that is only a no ("No.", "Nope, sorry.", "OK, no.") gives nothing, whether or
    # not it reads as a negation; "Fine, no limits on Thursday" gives in
    saying = np.array([_ONLY_NO.match(text, a, b) is not None for a, b in spans], dtype=bool)
    refusals = refusal_ends(text, negative)
    if not refusals and not saying.any():
        return None
    out = np.zeros((len(spans), len(conceding)), dtype=bool)
    out |= saying[:, None] & conceding[None, :]
    caving = _held(text, spans, refusals, _ASSENT_TURN)
    if caving is not None:
        out |= caving[:, None] & conceding[None, :]
    held = _held(text, spans, refusals, _TURN) if offering is not None else None
    if held is not None and offering is not None:
        plain = np.array([_states(text[a:b]) for a, b in spans])
        out |= (held & plain)[:, None] & offering[None, :]
    return out if out.any() else None


def bare_refusals(
    text: str, spans: Sequence[tuple[int, int]], moods: Sequence[int]
) -> NDArray[np.bool_] | None:
    """(parts,): the parts that say no without a negator (BARE_NO: "I'm going to have to
    decline this one", "That's off the table", a warning: "If we did it, we'd be fined") and
    put nothing forward. Such a part gives
    nothing and offers nothing, so it may not match an intent none of whose examples says no
    (an offer it shares a few words with). None when no part does."""
    out = np.array(
        [
            # a warning's "would" names what would go wrong, not an offer ("If we hosted
            # them in the US, we'd be fined")
            m == BARE_NO
            and (
                # an idiom's own "can" or "would" puts nothing forward ("You can forget it")
                _PROPOSES.search(without_idiom_of_no(text[a:b])) is None
                or warns(text[a:b])
                # "Why would we host them in the US?": its "would" is the no's
                or says_no_as_a_question(text[a:b])
            )
            for m, (a, b) in zip(moods, spans, strict=True)
        ],
        dtype=bool,
    )
    return out if out.any() else None


def restated(text: str, spans: Sequence[tuple[int, int]]) -> list[bool] | None:
    """Which parts restate the rule after a no: they come after a refusal the reply never
    turns from (not even with a "but"), and state how things are with no move of the
    speaker's and nothing put forward ("The answer is still no. They get the standard cap
    like every other customer."). None when no part does."""
    held = _held(text, spans, refusal_ends(text), _TURN)
    if held is None:
        return None
    out = [bool(h) and _states(text[a:b]) for h, (a, b) in zip(held.tolist(), spans, strict=True)]
    return out if any(out) else None


def held_parts(text: str, spans: Sequence[tuple[int, int]]) -> NDArray[np.bool_] | None:
    """(parts,): the part at each span comes after a refusal with no turn between the refusal
    and the part's end. None when no part does (most replies hold no refusal)."""
    return _held(text, spans, refusal_ends(text), _TURN)


def _held(
    text: str,
    spans: Sequence[tuple[int, int]],
    refusals: list[int],
    turn: re.Pattern[str],
) -> NDArray[np.bool_] | None:
    """(parts,): after one of the ``refusals`` with no ``turn`` before the part's end."""
    if not refusals:
        return None
    held = np.array(
        [any(r <= a and turn.search(text, r, b) is None for r in refusals) for a, b in spans],
        dtype=bool,
    )
    return held if held.any() else None


def refusal_ends(text: str, negative: bool | None = None) -> list[int]:
    """Where each refusal of the reply ends (its "no"): sentences that say no, not questions,
    not a negation only inside a condition. Empty for most replies (no negator at all).
    ``negative``: :func:`.negation.is_negative` of ``text`` if already read (None: read it)."""
    if negative is None:
        negative = is_negative(text)  # one quick search in most replies: no negator at all
    if not negative:
        return []
    refusals = []  # where each refusal's "no" ends
    for a, b in split_sentences(text):
        sentence = text[a:b]
        if is_question(sentence):
            continue
        end = refusal_end(sentence)
        # not only inside a condition (a reply of one sentence was read just above)
        if end is not None and (sentence == text or is_negative(sentence)):
            refusals.append(a + end)
    return refusals


# a part that puts something forward, whoever acts in it ("A two-year term would spread it",
# "Phasing it is realistic", "Onboarding on top is possible")
_PROPOSES = re.compile(
    r"\b(?:would|could|can|might|may|possible|possibly|realistic|feasible|doable|works?"
    r"|instead|option|alternative|offer|what if|how about)\b",
    re.IGNORECASE,
)


def _states(part: str) -> bool:
    """The part states how things are, with no move of the speaker's and nothing put
    forward: after a no, the rule restated ("They get the standard cap like everyone")."""
    return not speaks(part) and not is_question(part) and _PROPOSES.search(part) is None


# A correction of what the trouble is ("Their own logins aren't the slow part, the carts are",
# "The cap isn't the issue, let's look at the term", "The deck wasn't the problem"): it says
# what is *not* in the way, which refuses nothing - whatever words of the rule it names.
_CORRECTS = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|look|well|actually|frankly)\W+)*(?:[\w'’-]+\s+){1,5}?"
    r"(?:is|are|was|were)(?:n['’]t| not)\s+(?:really\s+|actually\s+|even\s+)?the\s+(?:real\s+"
    r"|main\s+|big\s+|only\s+)?(?:problem|issue|slow part|bottleneck|cause|hold-up|holdup"
    r"|blocker|culprit|sticking point|trouble)\b"
    # "The policy isn't what slows your campaign down, the email tool is."
    r"|^\W*(?:(?:so|and|but|honestly|look|well|actually|frankly)\W+)*(?:[\w'’-]+\s+){1,5}?"
    r"(?:is|are|was|were)(?:n['’]t| not)\s+(?:really\s+|actually\s+|even\s+)?what(?:['’]s|\s+is"
    r"|\s+was)?\s+(?:slow|hold|block|delay|caus|break|stall|keep)\w*\b",
    re.IGNORECASE,
)
# ... or a doubt that the rule or the thing applies at all ("I'm not sure the cap applies to
# renewals", "I doubt the matrix even needs a new line", "I'm not convinced the permit is
# needed"): a doubt about a thing, not the speaker's own soft no ("I'm not sure we can take
# that on" still refuses)
_DOUBTS = re.compile(
    r"^\W*(?:(?:honestly|well|but|and|so|to be honest)\W+)*(?:i['’]m|i am) not (?:really |quite "
    r"|entirely )?(?:sure|convinced|certain)\b|^\W*(?:(?:honestly|well|but|and|so)\W+)*i (?:doubt"
    r"|wonder (?:if|whether))\b",
    re.IGNORECASE,
)
_DOUBT_SUBJECT = re.compile(
    r"\s*(?:that\s+|whether\s+|if\s+)?(?:i|we|i['’]\w+|we['’]\w+|my team|our team|my people"
    r"|our people|you|you['’]\w+)\b",
    re.IGNORECASE,
)
# every form of _CORRECTS and _DOUBTS holds one of these (checked first)
_CORRECTS_WORDS = re.compile(
    "problem|issue|slow part|bottleneck|cause|hold-up|holdup|blocker|culprit|sticking|trouble"
    "|sure|convinced|certain|doubt|wonder"
    r"|what(?:['’]s|\s+is|\s+was)?\s+(?:slow|hold|block|delay|caus|break|stall|keep)"
)


def may_correct(lowered: str) -> bool:
    """The cheap first check of :func:`corrects` on lowered text: a word of trouble in it."""
    return _CORRECTS_WORDS.search(lowered) is not None


@reading
def corrects(text: str) -> bool:
    """A part that says what is not the trouble (see _CORRECTS), or doubts that a thing applies
    (see _DOUBTS): it refuses nothing."""
    if not may_correct(text.lower()):
        return False
    found = _CORRECTS.match(text)
    if found is None:
        found = _DOUBTS.match(text)
        if found is None or _DOUBT_SUBJECT.match(text, found.end()) is not None:
            return False
    # ... unless a no follows in the same part ("The logins aren't the issue, and no, we
    # won't share them")
    return refusal_end(text[found.end() :]) is None


# a move after the correction: "The cap isn't the issue, let's look at the term"
_MOVE_AFTER = re.compile(
    r"\b(?:let['’]?s|let\s+us|i['’]ll|we['’]ll|i\s+will|we\s+will|i\s+can|we\s+can|i\s+could"
    r"|we\s+could|how\s+about|what\s+if|why\s+don['’]t\s+we|can\s+we|could\s+we|shall\s+we)\b",
    re.IGNORECASE,
)


@reading
def corrects_only(text: str) -> bool:
    """A part that says what is not the trouble (or doubts that a thing applies), with no move
    of the speaker's after it: it makes no move at all, so it meets no intent (bar one whose
    examples correct so), not only no refusal. "The permit isn't the real problem here" met
    the waiver of a building site's set once its refusal was barred."""
    return corrects(text) and _MOVE_AFTER.search(text) is None


def correcting(examples: Sequence[str]) -> bool:
    """Whether an intent's examples say what is not the trouble (one is enough)."""
    return any(corrects(e) for e in examples)


def refusing(examples: Sequence[str]) -> bool:
    """The intent says no: at least half of its examples are refusals (a negative statement
    that says no, :func:`.intent_readings.refuses`, or a no without a negator)."""
    if not examples:
        return False
    n = sum(1 for e in examples if phrasing_mood(e) == REFUSAL)
    return 2 * n >= len(examples)
