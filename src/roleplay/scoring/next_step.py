"""A concrete next step: the speaker's side commits to a deliverable with a time.

Negotiation and service-recovery practice alike close on a next step with an owner, a
deliverable and a date ("I'll send you the full timeline by Wednesday"); a complaint is
answered by a remedy ("From today the incident lead updates the status page within 15
minutes"); a proposal of theirs is taken up by agreeing and committing to what follows ("Let's
do it: I'll send you the contractor dates by Thursday"); a plan that answers the interest they
revealed names what moves and when ("we could pause the two contractor renewals now and push
the tooling upgrade into next year"). The cue layer credits none of these as collaboration
(only the words "we could" or "let's"), so skilled, plain replies sat at the 45 baseline.

A sentence is a concrete next step when it is a statement that commits the speaker's side (or
announces a standing change: "From today ...", "Going forward ...") and names both a time (a date,
a deadline, a period, a number) and a deliverable (a content word of its own, not a time word); a
question that proposes such a step of the speaker's side or of both ("Could we move the review to
Thursday?", rule 114) is one too. Not: any other question, a repeat, a stock phrase, a promise to
try, think or look into it, a sentence the encoder reads as a costly act (threat, blame, dismissal
...) or whose cues cost collaboration (an ultimatum, a hard no, a bare position), a commitment
aimed against them ("I'll report you to HR by Friday", "we'll cancel your contract next month"), or
anything in a clearly hostile reply. Rule 138: a short word names a deliverable too ("I'll call
her at six"), a clock time is a time, and a step about the person their line speaks of takes up
their line. Stuffing earns nothing: the first next step counts fully, a
second one half, and no more after that however many dates the reply names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.claims import wants
from roleplay.scoring.content_words import CONTENT_WORD, STOCK_WORDS
from roleplay.scoring.deferral import defers
from roleplay.scoring.semantic_rules import DECAY
from roleplay.scoring.sentence_checks import clearly_costly, plain_statement
from roleplay.scoring.sentences import COMMITMENT, Sentence, sentence_at
from roleplay.scoring.types import Evidence

NEXT_STEP_UNITS = 1.5  # collaboration, in cue units (tens of points before the head's weight)
STEP_DECAY = DECAY[:2]  # full, then half; a third next step earns nothing
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)"
_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_PERIOD = r"(?:week|month|quarter|year|sprint|release|day|morning|afternoon|evening)"
# A standing change announced from a point in time ("From today the incident lead updates ...").
STANDING_CHANGE = caseless(
    r"^\W*(?:(?:ok|okay|so|and|right|yes|deal|also)\W+)?(?:from (?:now on|now|here on|"
    + _DAY
    + r"|next "
    + _PERIOD
    + r"|this "
    + _PERIOD
    + r")|going forward|starting (?:now|"
    + _DAY
    + r"|next "
    + _PERIOD
    + r"|this "
    + _PERIOD
    + r")|as of (?:now|"
    + _DAY
    + r"))\b"
)
# A concrete proposal of a joint step ("Then let's go to your VP together on Thursday").
LETS = caseless(r"\blet's (?!not\b|just\b|see\b|think\b|wait\b|hope\b)")
# When: a date, a deadline, a period (a count alone is a quantity: "2 firewood").
WHEN = caseless(
    r"\b(?:(?:by|before|on|until|from|after) (?:the )?(?:end of (?:the )?)?(?:"
    + _DAY
    + r"|next "
    + _PERIOD
    + r"|this "
    + _PERIOD
    + r"|noon|close of play|eod|q[1-4]|"
    + _MONTH
    + r"|may)|(?:before|ahead of|in time for) the (?!way\b|end\b)\w+|"
    + _DAY
    + r"|(?:"
    + _MONTH
    + r")(?: \d+)?|may \d+|"
    + _DAY
    + r"|(?:this|next) "
    + _PERIOD
    + r"|into next "
    + _PERIOD
    + r"|q[1-4]|within (?:an? |the |\d+ |one |two |three |a few )?\w+|in (?:\d+|one|two|three|"
    r"four|five|six|a few) (?:minutes|hours|days|weeks|months)|(?:every|each) (?:"
    + _DAY
    + "|"
    + _PERIOD
    + r"|\d+ (?:minutes|hours|days|weeks))|weekly|daily|"
    r"first thing|end of (?:the )?(?:day|week|month)|eod|noon|week \d+|\d+(?::\d\d)? ?(?:am|pm)|"
    r"\d+(?:st|nd|rd|th)|"
    # a clock time (rule 138): "at six", "at half five", "at 7:30", "at lunchtime"
    r"at (?:half |quarter (?:past|to) )?(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)(?: ?o'clock| thirty| sharp)?(?![\w'%-]|[.,]\d| (?:of|point|"
    r"options?|stages?|times?|things?|ways?|more|other|people|person|places?|items?|or)\b)|"
    r"at (?:lunch|lunchtime|midday|midnight))\b"
)
# Promises with nothing in them: trying, thinking, seeing, looking into it.
NONCOMMITTAL = caseless(
    r"\b(?:i'll|i will|we'll|we will|let me|let's|i can|we can|i could|we could) (?:\w+ )?(?:try|"
    r"think|see|consider|mull|sleep on|look into|do (?:my|our) best|keep (?:it|that) in mind|"
    r"bear (?:it|that) in mind|get back to you)\b"
)
# A commitment aimed against them is no step towards agreement.
AGAINST_THEM = caseless(
    r"\b(?:report (?:you|this|it)|escalat\w+ (?:this|it|you)? ?(?:to|with) (?:your|hr|legal|the "
    r"board)|over your head|(?:to|with) (?:hr|legal|my lawyer|our lawyers?|a lawyer)|replace you|"
    r"fire you|let you go|sue\b|formal (?:warning|complaint)|disciplinary|(?:cancel|terminate|"
    r"suspend|revoke|cut|withdraw|pull) (?:your|the contract|our contract|funding)|"
    r"(?:cut|dock|reduce|freeze) your)"
)
# Words that name no deliverable: time words and fillers.
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight week
    weeks month months quarter quarters year years sprint release morning afternoon evening
    minutes hours within before after until daily weekly first thing noon end january february
    march april june july august september october november december sprints ahead""".split()
)
FILLERS = STOCK_WORDS | frozenset(
    """something everything nothing stuff sorted sure definitely absolutely certainly probably
    honestly actually seriously personally promise later asap soon""".split()
)
COSTLY_FEATURES = frozenset(
    {
        "ultimatum",
        "hard_no",
        "position",
        "imperious_we",
        "blame",
        "attack",
        "undervalue",
        "other_source",
    }
)


# Short words that name what will be done (rule 138): "I'll call her at six", "I'll fix the
# rota by noon", "We'll book a room for Monday" (a content word had to have five letters).
SHORT_DELIVERABLE = caseless(
    r"\b(?:call|ring|phone|text|email|mail|fix|book|send|drop|pick|post|meet|visit|drive|sign|"
    r"file|pay|ship|test|draft|plan|list|memo|deck|demo|form|note|quote|rota|lift|ride|cover|"
    r"swap|talk)\b"
)


def deliverable(text: str) -> bool:
    """A content word of the sentence's own: what will be delivered or changed."""
    found = [m.end() for p in (COMMITMENT, STANDING_CHANGE, LETS) if (m := p.search(text))]
    rest = text[min(found) :] if found else text
    return (
        any(w.lower() not in TIME_WORDS | FILLERS for w in CONTENT_WORD.findall(rest))
        or SHORT_DELIVERABLE.search(rest) is not None
    )


# A concrete step proposed as a question (rule 114): "Could we move the review to Thursday?",
# "Why don't I take the Saturday shift this month?", "Shall we meet on Monday to redo the rota?"
PROPOSED = caseless(
    r"^\W*(?:(?:so|ok|okay|then|and|right|well)\W+)?(?:could we|can we|shall we|should we|"
    r"why don't (?:we|i)|what if (?:we|i)|how about (?:we |i )?|could i|can i|shall i|"
    r"would it help if (?:we|i)|would you be (?:ok|okay|happy|up for it) if (?:we|i))\b"
)


def proposes_a_step(s: Sentence) -> bool:
    """A question that proposes a concrete step of the speaker's side or of both, with a time and
    a deliverable (rule 114)."""
    text = s.text
    if s.repeat or not text.rstrip().endswith("?"):
        return False
    opener = PROPOSED.search(text)
    return (
        opener is not None
        and not clearly_costly(s)
        and NONCOMMITTAL.search(text) is None
        and AGAINST_THEM.search(text) is None
        and not wants(text)
        and WHEN.search(text) is not None
        and deliverable(text[opener.end() :])
    )


# The speaker already doing what they asked (rule 165): "Moving it now.", "Changing it now.",
# "Taking the post down right away." - a verb in -ing on a thing, then "now"; not moving on,
# leaving or dropping the matter.
DOING_NOW = caseless(
    r"^\W*(?:(?:ok|okay|sure|right|fair|fine|done|understood|noted|agreed|yes|yep)\W+)?"
    r"(?!(?:moving on|leaving|dropping|ignoring|going|getting|closing this|ending)\b)"
    r"[a-z]+ing (?:it|this|that|them|the \w+|your \w+|my \w+|our \w+)(?: \w+){0,4}? "
    r"(?:now|right now|right away|straight away|immediately|as we speak|today|tonight)\W*$"
)


def is_next_step(s: Sentence) -> bool:
    text = s.text
    if proposes_a_step(s):
        return True
    if DOING_NOW.search(text) is not None and not s.repeat and not clearly_costly(s):
        return True
    if not plain_statement(s):
        return False
    if COMMITMENT.search(text) is None and not (STANDING_CHANGE.search(text) or LETS.search(text)):
        return False  # looked for first: most sentences commit to nothing
    if clearly_costly(s):
        return False  # a threat, blame or dismissal
    if NONCOMMITTAL.search(text) or AGAINST_THEM.search(text) or s.cave or wants(text):
        return False
    if defers(text):
        return False  # rule 126: "Let's circle back on that next quarter" is a stall
    return WHEN.search(text) is not None and deliverable(text)


# Taking up what they proposed ("Let's do it", "Deal", "That works for us", "Agreed").
ACCEPTS = caseless(
    r"^\W*(?:(?:ok|okay|yes|right|great)\W+)?(?:let's do (?:it|that)|deal\b|agreed\b|that works|"
    r"works for (?:me|us)|you've got a deal|we can (?:commit|live with)|we'll commit|"
    r"i can (?:commit|live with)|i'll commit|sounds good|done\b|yes,? we (?:can|will)|happy with that)"
)


def reason(s: Sentence, complaint: bool) -> str:
    """What the evidence says the sentence did."""
    if ACCEPTS.search(s.text):
        return "agreed and committed to a concrete next step"
    if complaint and STANDING_CHANGE.search(s.text):
        return "offered a concrete remedy"
    if s.text.rstrip().endswith("?"):
        return "proposed a concrete next step"  # rule 114
    return "committed to a concrete next step"


def next_steps(
    sentences: list[Sentence], cues: Iterable[tuple[str, Evidence]], hostile: bool
) -> list[tuple[Sentence, float]]:
    """The reply's concrete next steps with their units of collaboration (full, then half)."""
    if hostile:
        return []
    costly = {
        home.start
        for f, e in cues
        if f in COSTLY_FEATURES
        and e.points < 0
        and e.dimension == "collaboration"
        and (home := sentence_at(sentences, e.span)) is not None
    }
    found = [s for s in sentences if s.start not in costly and is_next_step(s)]
    return [(s, NEXT_STEP_UNITS * f) for s, f in zip(found, STEP_DECAY, strict=False)]


# Rule 138: a step about the person their line speaks of ("I'll call her at six." to "Mum hasn't
# answered her phone since Sunday.") takes up their line, though it repeats none of its words.
_PERSONS = (
    re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
    re.compile(r"\b(?:he|him|his|himself)\b", re.I),
)


def step_about_their_person(sentences: list[Sentence], partner: str) -> bool:
    """A concrete next step that names, by the same pronoun, the person their line speaks of."""
    persons = [p for p in _PERSONS if p.search(partner)]
    return bool(persons) and any(
        not s.repeat and any(p.search(s.text) for p in persons) and is_next_step(s)
        for s in sentences
    )
