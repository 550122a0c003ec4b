"""Answering what they asked for: a concrete commitment in reply to a request is listening.

When the partner asks for something (a question, "can you ...", "I need ...", "I still haven't
seen the plan") and the reply commits to a concrete action ("I'll send you the revised plan by
Thursday noon", "It's mine. Weekly status to you"), the reply has heard the request: it is not
"ignoring what they said" or "missing every key point", and it earns listening for the answer.
A stock phrase or a bare promise with nothing concrete ("I'll try") does not count.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.content_words import COMMON_WORDS, CONTENT_WORD
from roleplay.scoring.cue_acts import REMEDY_DONE
from roleplay.scoring.deferral import defers
from roleplay.scoring.next_step import is_next_step
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.semantic_rules import NEGATIVE_MARGIN, NEGATIVE_SIMILARITY
from roleplay.scoring.sentences import COMMITMENT, Sentence, sentence_at
from roleplay.scoring.types import Evidence

# The partner wants something from the speaker: asks, requests, or states a need.
REQUEST = caseless(
    r"\?|\b(?:can|could|will|would) you\b|\bplease\b|\b(?:need|needs|want|wants|expect|"
    r"expects|require|requires|asking for|ask for)\b|\b(?:i|we)(?:'ve| have)? (?:still )?"
    r"(?:haven't|have not|not) (?:seen|got|had|heard|received)\b|\b(?:waiting|wait) (?:for|on)\b|"
    r"\buntil (?:i|we) (?:have|get|see)\b",
    by_branch=True,
)
# A complaint asks for a remedy though it asks for nothing in words ("Your status page said
# 'all systems operational' for two hours. Two hours!", "This is how you treat us?").
COMPLAINT = caseless(
    r"\b(?:unacceptable|ridiculous|outrageous|how you treat|let (?:us|me) down|fed up|sick of|"
    r"tired of|cost (?:us|me)|(?:still|again) (?:broken|down|late|wrong|waiting)|nobody (?:told|"
    r"called|owned|bothered)|no one (?:told|called|owned|bothered)|disappoint(?:ed|ing)|"
    r"furious|wasted)\b"
)
_EXCLAIMED = re.compile(r"[^.!?]*!")
# An exclamation that is a greeting, thanks or good news is no complaint.
_GLAD = caseless(
    r"\b(?:hi|hello|hey|thanks?|thank you|great|good|awesome|perfect|wonderful|nice|glad|happy|"
    r"love|cool|excellent|fantastic|amazing|brilliant|yay|congrat\w*|welcome|deal|yes|ok|okay|"
    r"sure|lol|haha|fun|excited|exciting)\b"
)
# Something concrete: when, how often, or a number.
CONCRETE = caseless(
    r"\b(?:by|before|within|every|each|until|tomorrow|today|tonight|this (?:afternoon|evening|"
    r"morning|week)|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"noon|morning|evening|weekly|daily|end of (?:the )?(?:day|week)|eod|asap|right away|"
    r"straight away|first thing|in time for|once|\d+)\b",
)
# A promise to think about it is not an answer.
NONCOMMITTAL = caseless(
    r"\b(?:i'll|i will|we'll|we will|let me) (?:think|see|try|consider|mull|sleep on|look into it)\b",
)
LISTENING_ACTS = frozenset({"reflection", "curious_question"})
LISTENING_STRENGTH = 0.5
COMMITTING_ACTS = frozenset({"offer_help", "trade", "concession", "proposal"})
PROPOSING_ACTS = frozenset({"trade", "proposal"})  # may be asked ("How about we ...?")
HOSTILE = frozenset({"insult", "threat", "sarcasm", "blame", "dismissal", "condescension"})
RESPONSIVE_UNITS = 1.5  # listening, in cue units (tens of points before the head's weight)
ECHO_FEATURES = frozenset({"paraphrase", "quoted_partner", "follow_up"})  # their own words
# acknowledgements that, in a sentence with their own words, name what happened to them
ACK_ECHO_FEATURES = frozenset(
    {"sympathy", "validation", "difficulty", "emotion_label", "apology", "perspective_taking"}
)
PENALTIES_ANSWERED = frozenset({"missed_key_points", "ignored_partner"})


@per_partner_line
def complains(partner: str) -> bool:
    """Their line complains: complaint wording, or an exclamation that is not glad."""
    if COMPLAINT.search(partner):
        return True
    if "!" not in partner:
        return False  # no exclamation to read (the pattern scans every position for one)
    return any(not _GLAD.search(m.group()) for m in _EXCLAIMED.finditer(partner))


@per_partner_line
def requests(partner: str) -> bool:
    """Their line asks for something by its wording (`REQUEST`)."""
    return REQUEST.search(partner) is not None


def answers_request(sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first sentence that answers the partner's request (or complaint: it asks for a
    remedy) with a concrete commitment: commitment wording with a committing act, something
    concrete (a time, a number) or the partner's own content words."""
    if not partner or (
        "?" not in partner  # a question mark is a request: no pattern needs to find it
        and not requests(partner)
        and not complains(partner)
    ):
        return None
    if clearly_hostile(sentences):
        return None  # a clear insult, threat, sarcasm, blame or dismissal answers nothing
    found: list[bool] = []

    def concrete() -> bool:
        """What makes it concrete may follow the commitment ("It's mine. Weekly status to
        you."); worked out only when a sentence needs it."""
        if not found:
            theirs = _partner_content(partner)
            found.append(
                any(
                    CONCRETE.search(s.text) or _content(s.text) & theirs
                    for s in sentences
                    if not s.repeat
                )
            )
        return found[0]

    for s in sentences:
        if s.repeat or s.act.act == "stock_phrase" or NONCOMMITTAL.search(s.text) or s.cave:
            continue  # a cave gives in to the request; it does not answer it
        if defers(s.text):
            continue  # rule 126: putting it off answers nothing
        if s.text.rstrip().endswith("?"):
            # a proposal put as a question answers too ("How about we ... in time for ...?")
            if s.act.act in PROPOSING_ACTS and s.act.strength >= LISTENING_STRENGTH and concrete():
                return s
            continue
        if COMMITMENT.search(s.text) and (s.act.act in COMMITTING_ACTS or concrete()):
            return s
        if is_next_step(s):  # a standing change ("From today the lead updates it ...")
            return s
    return None


def clearly_hostile(sentences: list[Sentence]) -> bool:
    """A sentence is clearly an insult, threat, sarcasm, blame or dismissal."""
    return any(
        s.act.act in HOSTILE
        and s.act.similarity >= NEGATIVE_SIMILARITY
        and s.act.margin >= NEGATIVE_MARGIN
        for s in sentences
    )


def _content(text: str) -> set[str]:
    return {w.lower() for w in CONTENT_WORD.findall(text)} - COMMON_WORDS


@per_partner_line
def _partner_content(partner: str) -> frozenset[str]:
    return frozenset(_content(partner))


def echoes(cues: list[tuple[str, Evidence]], sentences: list[Sentence]) -> frozenset[int]:
    """The starts of the sentences that pick up the partner's own words (cue layer)."""
    return _starts(cues, sentences, ECHO_FEATURES)


def acknowledged(cues: list[tuple[str, Evidence]], sentences: list[Sentence]) -> frozenset[int]:
    """The starts of the sentences with an acknowledgement (sympathy, apology, ...)."""
    return _starts(cues, sentences, ACK_ECHO_FEATURES)


def _starts(
    cues: list[tuple[str, Evidence]], sentences: list[Sentence], features: frozenset[str]
) -> frozenset[int]:
    return frozenset(
        home.start
        for f, e in cues
        if f in features and e.points > 0 and (home := sentence_at(sentences, e.span))
    )


def shows_listening(
    sentences: list[Sentence],
    echoes: frozenset[int] = frozenset(),
    acknowledged: frozenset[int] = frozenset(),
) -> bool:
    """A clear reflection or curious question (the reply picked up what they said in its own
    words or asked about their side); a clear option, trade, offer or concession in a sentence
    that picks up their own words (`echoes`: the starts of such sentences; "My team could
    cover the gaps on the rota" after "next week's rota has gaps"); or an acknowledgement in
    such a sentence ("I'm sorry about your dad" after "My dad had surgery"); or the remedy
    already done ("My mistake, it's back up"): "missed every key point" (a word check) does not
    hold."""
    if any(s.start in echoes and s.start in acknowledged and not s.repeat for s in sentences):
        return True
    return any(
        not s.repeat
        and s.act.strength >= LISTENING_STRENGTH
        and (
            s.act.act in LISTENING_ACTS
            or (s.act.act in COMMITTING_ACTS and s.start in echoes)
            # the remedy their complaint asked for, already done ("My mistake, it's back up")
            or (s.act.act == "concession" and REMEDY_DONE.search(s.text) is not None)
        )
        for s in sentences
    )
