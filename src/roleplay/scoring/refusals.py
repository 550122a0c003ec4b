"""Context rules for refusals, run after the cue scan (features.apply_context calls them).

- A refusal to *evade* ("I'm not going to hide behind the SLA", "I won't pass the buck", "I
  won't leave you to sort this out alone") is a commitment to engage, not a flat refusal: the
  refusal cue becomes an offer of support.
- A refusal that gives its reason in the same sentence ("We can't give you more budget because
  it is committed to the contract") is an explained no, not a flat one.
- "This has nothing to do with your review" (or "with you") puts their worry to rest: it is
  reassurance, not a flat disagreement with what they said.
- An acknowledgement followed by a deflection to process ("I understand you're upset. Per our
  contract, file it through the portal.", "I understand your frustration, however the invoice is
  still due", "... but we can't make exceptions") is a brush-off: the acknowledgement earns nothing and
  the reply is marked `brush_off` (across the table).
"""

from __future__ import annotations

import re

from roleplay.scoring.deferral import defers
from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, sentence_of, snippet

REFUSALS = frozenset({"hard_no"})
# What follows "I won't / I'm not going to" when the speaker refuses to dodge, blame or abandon.
EVASION = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:hide|hiding)\s+behind|\s*(?:\w+\s+){0,2}?(?:make|making)\s+"
    r"(?:\w+\s+)?excuses|\s*pass(?:ing)?\s+(?:the\s+buck|(?:it|this|you)\s+(?:on|off|around))|"
    r"\s*(?:shift|shifting|point|pointing)\s+(?:the\s+)?(?:blame|fingers)|"
    r"\s*(?:blame|blaming)\s+(?:you|anyone|your|the)|\s*(?:leave|leaving)\s+you\b|"
    r"\s*let\s+you\s+down|\s*(?:abandon|ignore|ignoring)\s+(?:you|your|this|it|what)\b|"
    r"\s*(?:dodge|dodging|duck|ducking|stonewall)\b|"
    r"\s*(?:brush|brushing|fob|fobbing|palm|palming)\s+(?:you|this|it)\s+off|"
    r"\s*(?:pretend|pretending|sugar-?coat|string\s+you\s+along|give\s+up\s+on\s+you|"
    r"waste\s+your\s+time|hand\s+you\s+off|send\s+you\s+(?:around|away|back))",
    re.IGNORECASE,
)
# A reason given in the refusal's own sentence.
REASON = re.compile(
    r"\b(?:because|since|due to|given (?:that|the|our)|as (?:it|the|our|we|that|this)|so that)\b|"
    r"[;:\u2014]| - ",
    re.IGNORECASE,
)
# What follows "has nothing to do with" when it reassures them about their own standing.
REASSURES = re.compile(r"\s+(?:you\b|your\s+(?!point|argument|question|idea)\w)", re.IGNORECASE)
ACKNOWLEDGEMENTS = frozenset(
    {"understanding", "validation", "sympathy", "difficulty", "emotion_label", "apology", "care"}
)
# Sending them to a process instead of engaging with what they said.
DEFLECTION = re.compile(
    r"\b(?:(?:as )?per (?:our|the|your|company) (?:contract|policy|policies|terms|agreement|sla|"
    r"process|procedure|guidelines|rules)|(?:our|the|company) (?:policy|policies|procedure|process)"
    r" (?:is|says|states|requires|doesn't|does not)|(?:it's|it is|that's|that is) (?:company |our )?"
    r"policy|(?:file|submit|raise|log|lodge|open|send|put) (?:it|that|this|a|an|your|the)"
    r"(?: \w+){0,2} (?:through|via|in|on|with|to) (?:the |our )?(?:portal|system|form|online form|"
    r"ticket|helpdesk|help desk|website|support|queue)|(?:raise|open|log|submit) a (?:ticket|claim|"
    r"request)|(?:fill in|fill out|complete) (?:the|a|our) (?:\w+ )?form|go through (?:the )?"
    r"(?:proper|official|normal|usual|right) (?:channels|process)|contact (?:customer )?(?:support|"
    r"service|the helpdesk|our helpdesk|hr)|(?:it's|that's|it is|that is) (?:out of my hands|above "
    r"my pay grade|not my (?:department|call|decision))|(?:there's|there is) nothing (?:more )?"
    r"(?:i|we) can do|my hands are tied|(?:those|them) are the rules|rules are rules|"
    r"take it up with|"
    # the rules of the account stated as the answer: "however, the invoice is still due"
    r"(?:the |your |this |that )(?:invoice|bill|payment|fee|balance|charge|deposit) (?:is|remains) "
    r"(?:still |now |already )?(?:due|payable|owed|owing|non-?refundable|not refundable)|"
    r"(?:we|i) (?:can't|cannot|can not|are unable to|am unable to|don't|do not) make "
    r"(?:an |any )?exceptions?)",
    re.IGNORECASE,
)


# Rule 42: the clause after the "but" of an acknowledgement holds the line on them - what they
# will have to do or put up with ("I hear you, and I respect you for telling me, but you'll have
# to tell your wife", "..., but the policy applies to everyone", "..., but we have standards
# here", "..., but I stand by it"): the warm words before it are a brush-off too.
# the words that turn from the acknowledgement to what is imposed (a quick test before IMPOSED)
_TURNS = (
    "but",
    "however",
    "though",
    "yet",
    "that said",
    "that being said",
    "unfortunately",
    "sadly",
    "regrettably",
    "still",
    "regardless",
    "nevertheless",
    "nonetheless",
)
IMPOSED = re.compile(
    r"\b(?:" + "|".join(sorted(_TURNS, key=len, reverse=True)) + r")\b,?\s+(?:[\w'’]+\W+){0,12}?(?:"
    r"(?<!if )(?<!when )(?<!unless )(?<!case )"
    r"(?:you|your (?:team|people|staff|department|group|unit|crew))(?:['’]ll| will|['’]re going to| "
    r"are going to)? (?:just |simply |still |really |probably "
    r"|all )?(?:have to|need to|have got to)\b|"
    r"(?:the|our|this|that|my|its) (?:\w+ )?(?:policy|policies|rule|rules|decision|removal|revert|"
    r"rating|review|ban|deadline|price|pricing|quote|freeze) (?:still |simply |just )?(?:applies "
    r"to (?:everyone|everybody|all|every)|stands|is final|remains|won['’]t change|will not change|"
    r"is(?:n['’]t| not) changing)\b|"
    r"(?:we|i) (?:have|keep|hold|maintain) (?:our |my |certain |high |strict )?(?:standards|rules|"
    r"guidelines)\b|"
    r"(?:i|we) (?:still |firmly )?stand by\b|"
    r"(?:i|we)(?:['’]m| am|['’]re| are)? (?:not going to|won['’]t|will not|won['’]t be|am not|"
    r"are not) (?:be )?chang\w*\b|"
    r"(?:it|that)(?:['’]s| is) (?:going to|gonna) (?:have to )?be (?:next|another)\b|"
    # rule 90: the decision made above them, what the speaker will need from them, the work
    # handed over, and their adapting as the answer ("Unfortunately the decision has been made,
    # so billing is yours from next month", "Still, leadership expects this, so I'm going to need
    # a yes from you by Friday", "But honestly, lots of teams take calls in open plan, so
    # they'll adapt")
    r"(?:the |this |that )?decision (?:has been|was|is|['’]s been|had been) (?:already )?(?:made|"
    r"taken|final|signed off)\b|"
    r"(?:leadership|management|the board|the business|head office|the exec(?:utive)?s?|my boss|"
    r"the (?:ceo|coo|cfo|cto|vp|director)) (?:expects?|wants?|requires?|has decided|have decided|"
    r"decided|insists?|is insisting) (?:this|it|that)\b|"
    r"(?:i|we)(?:['’]m| am|['’]re| are) (?:going to|gonna) need (?:a yes|an answer|your answer|"
    r"your (?:sign-?off|agreement)|you to)\b|"
    r"(?:is|are) (?:yours|your team['’]s|on you|on your team) (?:from|as of|starting|after)\b|"
    r"(?:they|you|your team|your people|people|everyone)(?:['’]ll| will) (?:just |soon |all )?"
    r"(?:adapt|adjust|get used to it|cope|manage|get over it)\b)",
    re.IGNORECASE,
)
# ... warm words the cue layer does not name ("I really appreciate everything you've done", "I
# completely hear you", "I'm sure you're doing your best")
WARM_OPENING = re.compile(
    r"\bi(?:['’]m| am)? (?:\w+ly |really |truly )?(?:appreciate|value|hear you|understand|get it|"
    r"respect|sure you(?:['’]re| are) (?:doing|trying))\b",
    re.IGNORECASE,
)
# ... acknowledgements that may stand before it (thanks count: "I really appreciate everything
# you've done, but you'll have to be in both days")
IMPOSED_AFTER = ACKNOWLEDGEMENTS | {"appreciation"}

# The speaker commits to do something themselves.
HELPS = re.compile(
    r"\b(?:i'?ll|i will|we'?ll|we will|let me|happy to|i(?:'m| am) going to(?! \w+ you to| need\b)|"
    r"(?:i|we) (?:can|could)(?!'?t|n'?t|not| not| (?:only )?(?:see|tell|imagine|understand|hear|"
    r"feel|get)\b))\b"
)


def refusals_in_context(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """Refusals to evade become support; refusals with their reason are not flat; "nothing to
    do with your ..." reassures."""
    out: list[Hit] = []
    for h in hits:
        if (
            h.feature == "disagreement"
            and h.end is not None
            and h.text.lower().endswith("nothing to do with")
            and REASSURES.match(text.lower, h.end)
        ):
            continue
        if h.feature in REFUSALS and h.start is not None and h.end is not None:
            if EVASION.match(text.lower, h.end):
                end = sentence_of(text, h.start)[1]
                phrase = text.original[h.start : end].strip().rstrip(".!")
                out.append(Hit("care", h.start, h.start + len(phrase), phrase))
                continue
            sentence_end = sentence_of(text, h.start)[1]
            if h.feature == "hard_no" and REASON.search(text.plain, h.end, sentence_end):
                continue
        out.append(h)
    return out


def brush_offs(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """An acknowledgement followed, in its sentence or the next, by a deflection to process:
    the acknowledgements before it are erased and one `brush_off` hit marks the pair. A reply
    that also commits to act ("Per our contract we can cover it, and I'll book the call") uses
    the process to help: no brush-off."""
    if _helps(text):
        return hits
    acks = sorted(
        (h for h in hits if h.feature in ACKNOWLEDGEMENTS and h.start is not None),
        key=lambda h: h.start or 0,
    )
    if not acks:
        return imposed_after_ack(text, hits)
    start = acks[0].start or 0
    sentence = sentence_of(text, start)
    following = sentence_of(text, sentence[1]) if sentence[1] < len(text.plain) else sentence
    feature = "brush_off"
    found = DEFLECTION.search(text.lower, start, max(sentence[1], following[1]))
    if found is None:
        feature, found = "put_off", _deferral(text, sentence, following)
    if found is None:
        return imposed_after_ack(text, hits)
    kept = [
        h
        for h in hits
        if not (h.feature in ACKNOWLEDGEMENTS and h.start is not None and h.start < found.start())
    ]
    return [*kept, Hit(feature, start, found.end(), snippet(text.original, start, found.end()))]


def _helps(text: PreparedText) -> bool:
    """The reply commits to act, in a sentence that does not put the matter off ("We'll
    revisit it next quarter" commits to nothing: rule 126)."""
    return any(
        not defers(text.plain[slice(*sentence_of(text, m.start()))])
        for m in HELPS.finditer(text.lower)
    )


def _deferral(
    text: PreparedText, sentence: tuple[int, int], following: tuple[int, int]
) -> re.Match[str] | None:
    """Rule 126: the acknowledgement's sentence or the next puts the matter off ("I understand
    your concern. Let's circle back on that next quarter.")."""
    for start, end in (sentence, following):
        if defers(text.plain[start:end]):
            return _SPAN.search(text.lower, start, end)  # the sentence, without its spaces
    return None


_SPAN = re.compile(r"\S(?:[\s\S]*\S)?")


def imposed_after_ack(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """Rule 42: an acknowledgement (or thanks) whose "but", in its sentence or the next, tells
    them what they will have to do or put up with (IMPOSED): the acknowledgements before it are
    erased and one `imposed_after_ack` hit marks the pair (`brush_offs` has already returned a
    reply that commits the speaker to act)."""
    if not any(word in text.lower for word in _TURNS):
        return hits
    found = IMPOSED.search(text.lower)
    if found is None:
        return hits
    # the acknowledgement stands before the "but", in its sentence or the one before
    sentence = sentence_of(text, found.start())
    opening = sentence_of(text, sentence[0] - 1) if sentence[0] > 0 else sentence
    acks = sorted(
        (
            h.start
            for h in hits
            if h.feature in IMPOSED_AFTER
            and h.start is not None
            and opening[0] <= h.start < found.start()
        ),
    )
    warm = WARM_OPENING.search(text.lower, opening[0], found.start())
    if warm is not None:
        acks.append(warm.start())
    if not acks:
        return hits
    start = min(acks)
    kept = [
        h
        for h in hits
        if not (h.feature in IMPOSED_AFTER and h.start is not None and h.start < found.start())
    ]
    phrase = snippet(text.original, start, found.end())
    return [*kept, Hit("imposed_after_ack", start, found.end(), phrase)]
