"""Acknowledging their position is no move (issue 12).

"I can see why those customers matter to you.", "I get why you want it this week.", "I
understand why the deadline matters so much.": a part that only says the speaker sees their
reason takes it in and decides nothing. Read as sentences, such parts are the speaker acting
("I can ...", "I get ...") with the partner's topic words, and met offers, commitments,
owning a mistake, a demand for a guarantee and pressing for a date ("I get why you want it
this week." met an intent in 11 readable sets; "I can see why those customers matter to you."
a docs-only blind set's offer of aggregate data).

The same holds for every way of taking their position in: "I hear how firm the board is on
this.", "I know you'd rather host them in the US for now.", "I understand the board wants the
full cut by Friday.", "I can see the pressure the launch puts on you.", "I'm aware the client
expects it in March." - the speaker hears, knows, understands, sees, gets, appreciates,
realises, recognises or can tell what *they* want or face. Such a part restates their stance:
it met the move it names (a concession: "I know you'd rather host them in the US" heard as
hosting them there) or a hostile move that shares its words (a threat to walk away). And a
wish the speaker says they share ("I want it signed this quarter too.", "We want a deal as much
as you do.", "We both want the launch to go well."), alone or after such an acknowledgement
("I hear how firm the board is on this, and I want it signed this quarter too."), agrees with
their goal and still decides nothing; so does their move said back with a tag that says the
speaker knows it ("If we can't agree, you'll go with another vendor, I know." met a threat to
walk away), unless it is what the speaker lets them have ("You can take the week, I know.").

A part that only acknowledges (or only shares their wish, or does both) is set aside from
every intent none of whose examples acknowledges (one that opens "I see / I get / I
understand / I appreciate / I hear / I know / I can imagine", or "That sounds / must / It must
...": an intent that acknowledges their feelings keeps meeting it).

Not read so: the move after it in the same part ("I get why you want it this week, but we can
do two years at today's price": a clause after it that is no shared wish), what the speaker
knows of their own side ("I know we can phase it", "I understand our team can cover it"), "I
can see you on Friday" and "I'll get you the numbers by Friday" (a meeting, a delivery: no
acknowledgement), a wish for more ("We want a longer warranty too": it asks for something), a
question, and a negation ("I don't know why you want it").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_part import PartReading
from .memo import reading

_LEAD = (
    r"\W*(?:(?:look|listen|honestly|and|so|well|ok|okay|right|yeah|yes|sure|oh|believe me"
    r"|trust me|of course|absolutely|totally|fair enough)\W+){0,2}"
)
_ADVERBS = (
    r"(?:(?:can|do|totally|completely|really|fully|absolutely|definitely|certainly|truly"
    r"|genuinely|still|also|already|honestly|well)\s+){0,2}"
)
_SEES = re.compile(
    r"\W*(?:(?:look|listen|honestly|and|so|well|ok|okay|right|yeah|yes|sure|oh)\W+){0,2}"
    r"(?:i|we)\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+|absolutely\s+){0,2}"
    r"(?:see|get|understand|appreciate)\s+(?:why|how|that|what)\b",
    re.IGNORECASE,
)
# Taking their position in: a knowing verb of the speaker's, then what they want or face (not
# the speaker's side: "I know we can phase it" states a move; nor "a"/"an": "I know a vendor")
_TAKES_IN = re.compile(
    _LEAD
    + r"(?:(?:i|we)\s+"
    + _ADVERBS
    + r"(?P<verb>hear|see|know|understand|get|appreciate|realise|realize|recognise|recognize"
    r"|sense|respect|can\s+tell|can\s+imagine)"
    r"|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:(?:well|fully|very|totally|all\s+too)\s+)?aware"
    r"(?:\s+of)?"
    r"|(?:i|we)\s+(?:totally\s+|fully\s+|do\s+)?(?:take|accept)\s+(?:your|the|that)\s+point)"
    # what is taken in, or nothing ("I understand.", "I hear you.")
    r"(?:\W*$|\s*[,;:—–]|\s+-+\s"
    r"|\s+(?:that\s+)?(?!(?:i|we|my|our|us|me|a|an|to|if|whether|about)\b|i['’]|we['’])"
    r"(?P<object>[\w'’]+))",
    re.IGNORECASE,
)
# "see / get / hear" + you or it, then a time or a delivery: a meeting or a move ("I can see you
# on Friday", "I get you the numbers by noon", "I get it done today"), no acknowledgement
_NOT_TAKEN_IN = re.compile(
    r"\s*(?:(?:you|it|this|that|them|him|her|the\s+\w+)\s+(?:at|on|tomorrow|today|tonight|next"
    r"|in|before|after|then|later|by|until|first|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|done|finished|signed|sorted|fixed|ready|back|over|out|live|shipped"
    r"|approved|through|across|to\s+(?:you|them|him|her))"
    # ... or a thing got for someone ("I can get you a one-page answer", "get them the file")
    r"|(?:you|them|him|her|us|me)\s+(?:a|an|the|some|any|one|two|three|four|five|\d+|this|that"
    r"|these|those|your|their|my|our|his|its)|the\s+(?:numbers|figures|report|plan|draft|data"
    r"|file|quote|contract|answer|sign-?off))\b",
    re.IGNORECASE,
)
# their stance said back, then a tag that says the speaker knows it ("You need it by Friday, I
# know.", "If we can't agree, you'll go with another vendor, I know."): the tag and the clause
# before it, whose subject must be theirs (not "We'll cover it, I know")
_KNOWN_TAG = re.compile(
    r"(?P<said>.*\S)\s*,\s*(?:i|we)\s+(?:(?:do|totally|fully|already|completely)\s+)?"
    r"(?:know|understand|realise|realize|get\s+(?:it|that)|hear\s+you|see\s+that"
    r"|appreciate\s+that)\W*$",
    re.IGNORECASE,
)
_THEIRS = re.compile(
    r"(?!\W*(?:ok(?:ay)?|fine|sure|yes|yeah|alright|all\s+right|go\s+ahead|deal|agreed)\b)"
    r"(?:.*[,;:]\s*)?(?:(?:and|so|then)\s+)?(?:you|your|they|their|he|she|his|her)(?:['’]\w+)?\b"
    # ... not what the speaker lets them have ("you can take the week", "you'll get it")
    r"(?!['’]ll\s+get|['’]re\s+welcome|\s+(?:can|may|could|might|get|will\s+get|are\s+welcome"
    r"|have\s+my)\b)"
    r"(?![^,;:]*[,;:])",
    re.IGNORECASE,
)
# what "I can tell" takes in: how it is for them, not whom the speaker tells something
_TOLD = re.compile(
    r"(?:how|that|what|why|this|it|from|you(?:['’](?:re|ve|d)|\s+(?:are|were|have|had|really"
    r"|must|feel|care|need|want)))\b",
    re.IGNORECASE,
)
# a clause after it, which may make a move of its own
_MORE = re.compile(
    r"[;:—–]|\s-+\s|,?\s*\b(?:but|and\s+(?:i|we|let['’]?s)|so\s+(?:i|we|let['’]?s)|though"
    r"|although|however)\b|,\s*(?:i|we|let['’]?s)\b",
    re.IGNORECASE,
)
# ... for the wider reading, any break: what follows a comma may be a move ("I hear you, go
# ahead"), unless it is only a wish they share
_BREAK = re.compile(
    r"[,;:—–]|\s-+\s|\s(?:but|and|so|though|although|however|while|whereas|yet)\b(?!\s*$)",
    re.IGNORECASE,
)
# A wish the speaker shares with them, and nothing more: "I want it signed this quarter too",
# "We want a deal as much as you do", "We both want the launch to go well"; not a wish for
# more ("We want a longer warranty too", "I need 20% as well": it asks for something)
_SHARED = re.compile(
    r"\W*(?:(?:and|but|so|honestly|look|believe me|trust me|of course)\W+){0,2}"
    r"(?:(?:i|we)\s+(?:(?:really|also|do|too|still|very much|absolutely|genuinely|truly)\s+){0,2}"
    r"(?:want|need|would\s+like|['’]d\s+like|would\s+love|['’]d\s+love|hope|care\s+about"
    r"|am\s+keen|['’]m\s+keen|am\s+eager|['’]m\s+eager|am\s+committed|['’]m\s+committed)\b"
    r"(?P<what>[^;:—–?]{0,80}?)\b(?:too|as\s+well|as\s+much\s+as\s+you(?:\s+do)?|just\s+as\s+much"
    r"(?:\s+as\s+you(?:\s+do)?)?|as\s+badly\s+as\s+you(?:\s+do)?|every\s+bit\s+as\s+much"
    r"(?:\s+as\s+you(?:\s+do)?)?)"
    r"|(?:we\s+both|both\s+of\s+us)\s+(?:want|need|care\s+about|are\s+after|['’]re\s+after)\b"
    r"(?P<both>[^;:—–?]{0,80}?)"
    # ... or a goal in general words ("I'm committed to making this work")
    r"|(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:(?:really|fully|still|absolutely|genuinely)\s+)?"
    r"(?:committed|determined|keen)\s+to\s+(?:making|make|getting|get)\s+(?:this|it|the\s+deal"
    r"|a\s+deal)\s+(?:work|happen)"
    r"|(?:i|we)\s+(?:really\s+)?want\s+(?:this|it)\s+to\s+work(?:\s+(?:out|for\s+(?:both\s+of\s+us"
    r"|everyone|you)))?"
    r"|we\s+(?:all\s+)?want\s+the\s+same(?:\s+(?:thing|outcome|result))?"
    r"|(?:we['’]re|we\s+are)\s+on\s+the\s+same\s+(?:page|side))\W*$",
    re.IGNORECASE,
)
# ... what makes a wish one for more: an amount, or something added
_MORE_WANTED = re.compile(
    r"\d|%|\b(?:percent|per\s+cent|discount|extra|more|another|additional|longer|bigger|higher"
    r"|lower|cheaper|fewer|less)\b",
    re.IGNORECASE,
)
# an example that acknowledges: the intent keeps meeting such a part
_ACKNOWLEDGES = re.compile(
    r"\W*(?:(?:look|listen|honestly|and|so|well|ok|okay|right|yeah|yes|sure|oh)\W+){0,2}"
    r"(?:(?:i|we)\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+){0,2}"
    r"(?:see|get|understand|appreciate|hear|know|imagine|realise|realize|recognise|recognize)\b"
    r"|(?:that|it|this)(?:['’]s|\s+is|\s+must|\s+sounds|\s+seems)\b)",
    re.IGNORECASE,
)
# ... for the wider reading (takes_in), an example that takes their position in the same way
# or says how it sounds for them; not "That's / It's ..." ("That's on me", "It's doable")
_TAKES_IN_TOO = re.compile(
    _LEAD
    + r"(?:(?:i|we)\s+"
    + _ADVERBS
    + r"(?:see|get|understand|appreciate|hear|know|imagine|realise|realize|recognise|recognize"
    r"|can\s+tell)\b|(?:that|it|this)\s+(?:must|sounds|seems)\b)",
    re.IGNORECASE,
)
_WORDS = ("see why", "get why", "understand why", "appreciate why", "see how", "get how",
          "understand how", "appreciate how", "see that", "get that", "understand that",
          "appreciate that", "see what", "get what", "understand what",
          "appreciate what")  # fmt: skip
# the cheap first check of the wider reading: a knowing verb, awareness, a point taken, or a
# wish said to be shared
_FOUND = re.compile(
    r"\b(?:hear|see|know|understand|get|appreciate|reali[sz]e|recogni[sz]e|sense|respect|tell"
    r"|imagine|aware|point|too|as well|as much|both|same)\b"
)

# a part that only says the speaker sees why; an intent one of whose examples acknowledges
# keeps meeting it
_PART = PartReading(_WORDS, _SEES, _MORE, examples=_ACKNOWLEDGES)
may_acknowledge = _PART.may
sees_why = _PART.reads
acknowledging = _PART.held_by


def may_take_in(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every such part needs."""
    return _FOUND.search(lowered) is not None


@reading
def takes_in(text: str) -> bool:
    """``text`` only takes their position in (see the module docstring): it acknowledges what
    they want or face and makes no move after it but a wish it says it shares, or is only such
    a wish."""
    if text.rstrip().endswith("?"):
        return False
    if _shares(text):
        return True
    tag = _KNOWN_TAG.match(text)
    if tag is not None:
        # "If we can't agree, you'll go with another vendor, I know.": their move said back
        return _THEIRS.match(tag.group("said")) is not None
    found = _TAKES_IN.match(text)
    if found is None:
        return False
    verb = " ".join((found.group("verb") or "").lower().split())
    if found.group("object") is not None:
        if verb in ("see", "get", "hear") and _NOT_TAKEN_IN.match(text, found.start("object")):
            return False
        # "I can tell how much it matters", not "I can tell her to stop" (a move)
        if verb == "can tell" and _TOLD.match(text, found.start("object")) is None:
            return False
    # any clause after it ("I understand, go ahead with the US region" concedes)
    rest = _BREAK.search(text, found.start("object") if found.group("object") else found.end() - 1)
    if rest is None:
        return True
    # "..., and I want it signed this quarter too": a wish they share, and nothing more
    return _shares(text[rest.start() :].lstrip(",;:—–- "))


def taking_in(examples: Sequence[str]) -> bool:
    """Whether one of an intent's examples takes their position in or says how it sounds for
    them (see _TAKES_IN_TOO, or a wish shared): the intent keeps meeting such parts."""
    return any(_TAKES_IN_TOO.match(e) is not None or _shares(e) for e in examples)


def _shares(text: str) -> bool:
    """``text`` is only a wish the speaker shares with them (see _SHARED)."""
    found = _SHARED.match(text)
    if found is None:
        return False
    what = found.group("what") or found.group("both") or ""
    return _MORE_WANTED.search(what) is None
