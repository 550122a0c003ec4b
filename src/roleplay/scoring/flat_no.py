"""Saying no: a negated offer is a refusal, and a flat no costs collaboration (docs/scoring.md,
rule 27).

The encoder places "I can't give you 30%" next to "I can give you 30%": the words are the same.
So a sentence that says no (:func:`says_no`) is read here with the negation helpers
(:mod:`roleplay.nlp.negation`, :func:`roleplay.nlp.intent_readings.refusal_end`):

- a sentence that says no and has no affirmative clause ("I can't give you 30%.") does not
  concede, offer, propose or trade, whatever act the encoder read: the act is refused (a no with
  an alternative in another clause, "I can't give you 30%, but I could find 10% now", keeps it);
- a refusal to evade or to harm ("I won't blame you", "I won't let this happen again") commits
  to them: it is no refusal, and no blame or threat either;
- a negation the helpers read as an idiom or a double negative ("I don't see why we can't do
  that", "no problem", "I can't thank you enough") refuses nothing;
- a reply that answers a request with a no and gives neither a reason (a statement of
  substance, "because ...", "; the regulator sets it") nor an alternative (an offer, option,
  proposal, trade or concession) nor a question is a **flat no**, however it is phrased ("No.",
  "That's not possible.", "I can't give you 30%."): it counts as a flat refusal once, caps
  collaboration (warm words around it earn no collaboration above the cap) and sits across the
  table; a plain no with an alternative or a question is no flat refusal at all. Without a
  request before it, a no is an opinion ("We can't judge a case on an accusation alone").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roleplay.nlp.intent_readings import refusal_end
from roleplay.nlp.negation import clause_spans, negator_count
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.features_base import Hit
from roleplay.scoring.refusals import ACKNOWLEDGEMENTS, EVASION, REASON
from roleplay.scoring.responsive import requests
from roleplay.scoring.semantic_rules import ACK_ACTS, HOSTILE_ACTS
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.their_doubt import answers_their_doubt

FLAT_NO_CAP = 35  # collaboration of a flat no, whatever warm words surround it
FLAT_NO_REASON = "a flat no (no reason, no alternative, no question)"
# acts a negation turns into their refusal ("I can't give you 30%" gives nothing)
OFFERED_ACTS = frozenset({"concession", "offer_help", "proposal", "trade"})
# ... and a flat refusal of their request is no restatement of it ("We can't offer a refund")
REFUSED_ACTS = OFFERED_ACTS | {"reflection"}
# acts a refusal to evade or to harm is not ("I won't blame you" near blame)
NOT_WHEN_EVADING = frozenset({"blame", "threat", "insult", "dismissal", "undervalue", "sarcasm"})
# what makes a no something else than flat
REASON_ACTS = frozenset({"reason_for_no", "information"})
ALTERNATIVE_ACTS = OFFERED_ACTS
REASON_WORDS = 4
AFTER_NO_WORDS = 6  # a refusal sentence with more words than this after its no says more
REFUSAL_WORDS = 2  # the words of a refusal itself ("I can't", "we won't")
SPEAKERS_SIDE = frozenset({"imperious_we", "joint_framing"})
CLEAR_ACT = 0.5  # an act weaker than this does not make a statement an acknowledgement
NOT_A_REASON = ACK_ACTS | HOSTILE_ACTS | {"reflection", "stock_phrase", "dismissal"}
ALTERNATIVE_CUES = frozenset({"option", "conditional_offer", "invitation", "generosity"})
QUESTION_CUES = frozenset({"open_question", "interest_question", "follow_up", "elaboration_invite"})
NOT_ASKING = frozenset({"interrogation", "advice"})  # a question that asks nothing of theirs
# the refusal forms of refusal_end that refuse by themselves are a negated modal of ability
# or will, "not going to / possible / an option ..."; "no" and "never" only in a bare no
_NOT_MODAL = frozenset({"no", "never"})  # "no" and "never" refuse only in a bare no
# ... said by the speaker's side or of the thing asked ("I can't", "We're not able", "That's not
# possible", "It won't work"), not a principle ("People can't just ...", "You can't judge ...")
_SUBJECT = re.compile(
    r"\b(?:i|we|that|it|this|i['’]m|we['’]re|that['’]s|it['’]s|(?:my|our) \w+)\s+(?:(?:really|just|simply|"
    r"honestly|still|am|are|is|be)\s+)?(?:(?:ca|wo|is|are)n['’]?t|cannot|(?:will|can|is|are|am) "
    r"not|not)\b",
    re.IGNORECASE,
)
# ... of granting or doing what was asked ("I can't give you 30%", "We won't be able to do
# that", "That won't work"), or of its possibility ("That's not possible / an option"); not of
# the speaker's own state ("I can't seem to shake the chill", "I can't risk the cold") or a
# judgement ("That won't be fun")
_GRANTING = re.compile(
    r"\s*(?=[.,;!\u2014]|$)|\s+(?:(?:to|really|just|possibly|actually|simply|be able to|afford to|"
    r"agree to|go ahead and)"
    r"\s+)*(?:do|give|offer|agree|accept|approve|allow|let|make|move|spare|sign|commit|budge|"
    r"cover|afford|extend|share|release|restore|prescribe|refund|go|manage|change|lend|provide|"
    r"hand|authori[sz]e|grant|fund|find|pay|work|happen|swap|trade|part with|give up|say yes|"
    r"take (?:it|that|this|on)|sign off)\b",
    re.IGNORECASE,
)
_NOT_GRANTABLE = re.compile(
    r"(?:possible|an option|happening|acceptable|allowed|doable|feasible|going to happen)$",
    re.IGNORECASE,
)
# a refusal of something bad for them: the speaker commits to prevent it
HARM = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:let (?:this|that|it) (?:happen|slide|drop)|(?:happen|repeat)\w* "
    r"again|again\b|(?:charge|bill|fine|penali[sz]e|punish|judge|rush|pressure|push|hurt|"
    r"forget|drop) you\b|hold (?:it|this|that) against|make you (?:wait|pay|choose|redo|repeat)|"
    r"keep you waiting|"
    # ... or to oppose them or to let it reach them ("I'm not going to argue", "This won't go
    # anywhere near your review", "It won't count against you")
    r"argue\b|fight\b|take sides\b|(?:affect|touch|go (?:anywhere )?near|end up (?:in|on)|"
    r"reflect (?:badly )?on|count against|be (?:used|held) against) (?:you|your)\b)",
    re.IGNORECASE,
)
# cue features that impose besides a refusal (features.IMPOSING without it)
IMPOSING = frozenset({"ultimatum", "attack", "blame", "you_people"})
# cue hits that rest on a negation
MISREAD = frozenset({"hard_no", "negated_support"})
# a no that stands as its own clause, at the start or the end of the sentence, with at most
# a few fillers ("Sorry, no.", "So the answer is no.", "I understand, but no.")
_FILLER = r"(?:(?:sorry|afraid|sadly|unfortunately|still|then|so|well|i'm|im|i|am|the|answer|is|it's|its|that's|a|firm|honestly|really|ok|okay)\W+)"
_NO_WORD = re.compile(r"\b(?:no|nope|nah)\b", re.IGNORECASE)
# a word any refusal needs (a negator, "nope", "nah", a word ending in "n't")
_MAYBE_NO = caseless(r"\b(?:no|not|nope|nah|never|cannot|can not)\b|n['’]t\b")
_BARE_NO = re.compile(
    rf"(?:^|[,;:\u2014\u2013]|\bbut\b)\W*{_FILLER}{{0,4}}(?:no|nope|nah)\b(?:\W+{_FILLER}{{0,3}})?\W*$",
    re.IGNORECASE,
)


def says_no(text: str) -> int | None:
    """Where the sentence's refusal ends (None: it refuses nothing): a negated "can", "will",
    "could" or "would", "not going to / possible / an option / able", or a no that stands as
    its own clause ("No.", "Sorry, no.", "I understand, but no."); not a question, an idiom, a
    hedge ("I can't promise"), a refusal to evade ("I won't blame you") or to harm ("I won't
    let this happen again")."""
    # most sentences hold no negator and no "no" at all: one quick search
    if _MAYBE_NO.search(text) is None or text.rstrip().endswith("?"):
        return None
    bare = _BARE_NO.search(text) if _NO_WORD.search(text) else None
    if bare is not None:
        return bare.end()
    offset = 0
    while (found := refusal_end(text[offset:])) is not None:
        end = offset + found
        if (
            text[:end].split()[-1].lower() not in _NOT_MODAL
            and (_NOT_GRANTABLE.search(text, 0, end) or _GRANTING.match(text, end))
            and _SUBJECT.search(text, max(0, end - 40), end)
            and not (EVASION.match(text, end) or HARM.match(text, end))
        ):
            # not a negation only inside a condition ("If you can't make it, ...")
            return end if negator_count(text) > 0 else None
        offset = end
    return None


def evading(text: str) -> bool:
    """A refusal to evade or to harm: "I won't blame you", "I won't let this happen again"."""
    if _MAYBE_NO.search(text) is None or text.rstrip().endswith("?"):
        return False
    offset = 0
    while (found := refusal_end(text[offset:])) is not None:
        end = offset + found
        if EVASION.match(text, end) or HARM.match(text, end):
            return negator_count(text) > 0
        offset = end
    return False


def affirms_after(text: str, end: int) -> bool:
    """A clause after the refusal (which ends at ``end``) holds no negation: an alternative or
    a reason ("I can't give you 30%, but I could find 10% now")."""
    return any(
        a >= end and negator_count(text[a:b]) == 0 for a, b in clause_spans(text, 0, len(text))
    )


@dataclass(frozen=True)
class Refusals:
    sentences: list[Sentence]
    hits: list[Hit]
    flat: Sentence | None  # the flat no's sentence (None: the reply has no flat no)


def read_refusals(sentences: list[Sentence], hits: list[Hit], partner: str) -> Refusals:
    """The sentences with refused acts cleared, the cue hits with idiomatic and evading
    refusals dropped (and one flat refusal added to a flat no the cues missed), and the flat
    no's sentence. A no is flat only in answer to a request (``partner`` asks, wants or needs
    something: responsive.REQUEST); a no in an argument with no request before it ("We can't
    judge a case on an accusation alone") is an opinion, for the cue layer to read."""
    hits = _false_refusals(hits, sentences)
    out: list[Sentence] = []
    refusing: list[Sentence] = []
    cued = [h for h in hits if h.feature == "hard_no"]
    doubt_answered: list[Sentence] = []
    for s in sentences:
        if s.act.act in NOT_WHEN_EVADING and evading(s.text):
            s = s.without_act()
        elif answers_their_doubt(s.text, partner):
            doubt_answered.append(s)  # "No." to "am I overreacting?" reassures (rule 162)
        elif (end := _refusal_end(s, cued)) is not None:
            refusing.append(s)
            if s.act.act in OFFERED_ACTS and not affirms_after(s.text, end):
                s = s.without_act()
        out.append(s)
    if doubt_answered:
        hits = [h for h in hits if not (h.feature == "hard_no" and _within(h, doubt_answered))]
    moves_on = bool(refusing) and _moves_on(out, hits)
    if moves_on:
        # a plain no with an alternative or a question is not a flat refusal (an emphatic one,
        # "No way", "Absolutely not", stays one)
        plain = [s for s in refusing if says_no(s.text) is not None]
        hits = [
            h
            for h in hits
            if not (h.feature == "hard_no" and _within(h, plain))
            # "we" in it is the speaker's side saying no, not an imperious "we"
            and not (h.feature == "imperious_we" and _only_refusing(h, plain, hits))
        ]
    answered = moves_on or (bool(refusing) and _explained(out, refusing, hits))
    asked = bool(refusing) and requests(partner)
    flat = refusing[0] if asked and not answered else None
    if flat is not None:
        # "we" in it is the speaker's side saying no, neither imperious nor shared (the no
        # counts once), and a flat refusal of their request restates nothing of theirs
        hits = [
            h
            for h in hits
            if not (h.feature in SPEAKERS_SIDE and _only_refusing(h, refusing, hits))
        ]
        starts = {s.start for s in refusing}
        out = [
            s.without_act() if s.start in starts and s.act.act in REFUSED_ACTS else s for s in out
        ]
        if not any(h.feature == "hard_no" for h in hits):
            phrase = flat.text.strip().rstrip(".!")
            hits = [*hits, Hit("hard_no", flat.start, flat.start + len(phrase), phrase)]
    return Refusals(out, hits, flat)


def _only_refusing(h: Hit, refusing: list[Sentence], hits: list[Hit]) -> bool:
    """The hit comes before the no of a sentence that says no and imposes nothing else (no
    ultimatum, blame or attack): "We can't", not the "we" of "..., but we could"."""
    home = next((s for s in refusing if h.start is not None and s.start <= h.start < s.end), None)
    if home is None or h.start is None:
        return False
    end = _refusal_end(home, hits)
    return (
        end is not None
        and h.start < home.start + end
        and not any(
            o.feature in IMPOSING and o.start is not None and home.start <= o.start < home.end
            for o in hits
        )
    )


def _within(h: Hit, sentences: list[Sentence]) -> bool:
    return h.start is not None and any(s.start <= h.start < s.end for s in sentences)


def _refusal_end(s: Sentence, hits: list[Hit]) -> int | None:
    """Where the sentence's refusal ends, in the sentence: its plain no, or a cue's."""
    end = says_no(s.text)
    if end is not None:
        return end
    for h in hits:
        if h.feature == "hard_no" and h.start is not None and s.start <= h.start < s.end:
            return (h.end or h.start) - s.start
    return None


def _false_refusals(hits: list[Hit], sentences: list[Sentence]) -> list[Hit]:
    """The hits without the cue negations the negation helpers read as none - an idiom or a
    double negative ("I don't see why we can't do that", "I can't thank you enough"), with the
    imperious "we" such a refusal made when nothing else in its sentence imposes - and without
    refusals to harm ("I won't let this happen again")."""
    false = [h for h in hits if _false_refusal(h, sentences)]
    if not false:
        return hits
    idle = {
        home.start
        for h in false
        if h.feature == "hard_no"
        and (home := _home(h, sentences)) is not None
        and not any(o.feature in IMPOSING and _within(o, [home]) for o in hits)
    }
    return [
        h
        for h in hits
        if h not in false
        and not (
            h.feature == "imperious_we"
            and (home := _home(h, sentences)) is not None
            and home.start in idle
        )
    ]


def _home(h: Hit, sentences: list[Sentence]) -> Sentence | None:
    if h.start is None:
        return None
    return next((s for s in sentences if s.start <= h.start < s.end), None)


def _false_refusal(h: Hit, sentences: list[Sentence]) -> bool:
    if h.feature not in MISREAD or h.start is None:
        return False
    home = _home(h, sentences)
    if home is None:
        return False
    if negator_count(home.text) == 0:
        # no negation in its sentence: a cue that holds one was an idiom's or a double negative's
        return h.feature == "negated_support" or negator_count(h.text) > 0
    end = (h.end or h.start) - home.start
    return h.feature == "hard_no" and HARM.match(home.text, end) is not None


def _gives_reason(s: Sentence, hits: list[Hit]) -> bool:
    """A statement besides the no that says something of substance: a reason act, or any
    statement of REASON_WORDS words that is not an acknowledgement (by act or by its cue words),
    a restatement of theirs, a stock phrase or an attack ("No. The budget is committed to the
    vendor contract.")."""
    if s.act.act in REASON_ACTS:
        return True
    if any(h.feature in ACKNOWLEDGEMENTS and _within(h, [s]) for h in hits):
        return False
    return s.words >= REASON_WORDS and (s.act.act not in NOT_A_REASON or s.act.strength < CLEAR_ACT)


def _moves_on(sentences: list[Sentence], hits: list[Hit]) -> bool:
    """The reply offers an alternative or asks a question (not one that interrogates or
    advises)."""
    for s in sentences:
        if s.repeat:
            continue
        if s.text.rstrip().endswith("?") and s.act.act not in NOT_ASKING:
            return True
        if s.act.act in ALTERNATIVE_ACTS:
            return True
    return any(h.feature in ALTERNATIVE_CUES | QUESTION_CUES for h in hits)


def _explained(sentences: list[Sentence], refusing: list[Sentence], hits: list[Hit]) -> bool:
    """The reply gives a reason: a statement of substance besides the no, a reason in the no's
    own sentence, or more than a few words after it (it says more than no)."""
    starts = {s.start for s in refusing}
    for s in sentences:
        question = s.text.rstrip().endswith("?")
        if not s.repeat and s.start not in starts and not question and _gives_reason(s, hits):
            return True
    for s in refusing:
        end = _refusal_end(s, hits) or 0
        if REASON.search(s.text, end) or (s.act.act in REASON_ACTS and affirms_after(s.text, end)):
            return True
        if len(s.text[end:].split()) > AFTER_NO_WORDS:
            return True
        bare = _BARE_NO.search(s.text)
        before = s.text[: bare.start()] if bare is not None else s.text[:end]
        words = len(before.split()) - (0 if bare is not None else REFUSAL_WORDS)
        if words >= REASON_WORDS and not any(
            h.feature in ACKNOWLEDGEMENTS and _within(h, [s]) for h in hits
        ):
            # a reason before the no in its sentence ("We're at capacity, so no.", "I could
            # only do the whole week if I cancelled my flight, and I won't.")
            return True
    return False
