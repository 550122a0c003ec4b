"""Rule 176 (docs/scoring.md): asking again, in a smaller size, for what they just refused.

"What if we borrowed Priya for just two weeks instead?" to "I can't give you Priya for the
migration ...", "How about a short two-week extension then?" to "No, we won't extend the
consultation again", "How about we call it six weeks instead of three months ...?" to "...
lend you Tomasz for three months ... So no.": a proposal put as a question, which the cue layer
read as asking about their needs (+26 listening) and the encoder as a concrete option, so
haggling past an explicit no outscored accepting it and asking for something else ("Then no
loan. Could he run one handover session for us?"). Skilled negotiators take a no as information
about the other side's interest and move to another option; the haggle asks them to say no
again.

Their line refuses when it says no in so many words: "no" as a clause of its own ("So no.",
"No, ..."), "the answer is no", or "can't / cannot / won't / will not / don't / do not / not
going to / am not / are not / refuse to" before a verb. What they refused is the content of that
clause (for a bare "So no." the sentence before it: what they were asked).

A sentence of the reply presses past that no when it is a proposal ("what if", "how about",
"what about", "could / can / couldn't we / you", "maybe we / you could", "let's", "would you
...") that names the refused thing again (a content word of the refused clause in any form:
"extend" / "extension", "regrade" / "regrading") and makes it smaller ("just", "only", "half",
"a short(er)", "one more", "a few", "a couple of", "partial", "for now", "this once / one
time", "instead", a number of days or weeks). It earns no question, invitation or option credit,
performs no act, and costs `pressed past their no`. Not: a proposal of another thing (their no
taken as it stands: "Then no loan. Could he run one handover session?"), nor one without a
smaller size ("Could we look at the billing handover together?"), nor a reply to a line with no
explicit no.
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, long_words
from roleplay.scoring.features_base import Hit
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension

REASON = "pressed past their no"
# hand-set cue units (tens of points before the cues- head's weight), like a flat denial's
UNITS: dict[Dimension, float] = {"collaboration": -0.8, "listening": -0.5}

# an explicit no, and where the refused clause starts
_NO = re.compile(
    r"(?:^|[.!?]\s+|,\s*)(?:so |then |and |the answer(?:'s| is) |it's a |that's a )?no\b(?! (?:one|"
    r"problem|worries|way|doubt|idea|longer|more|matter)\b)",
    re.IGNORECASE,
)
# "I / we / the board (can't | won't | don't | ...) <verb>": their side refuses an action; not
# what they cannot think, know or bear ("I don't know how to tell them", "I can't sleep")
_REFUSING = re.compile(
    r"\b(?:i|we|the \w+|my \w+|our \w+)(?:'m|'re| am| are)? (?:can't|cannot|can not|won't|"
    r"will not|don't|do not|not going to|not|refuse to|unable to)\s+"
    r"(?!(?:know|think|understand|see|feel|remember|care|mind|believe|sleep|stop|cope|afford|"
    r"wait|face|deal|focus|concentrate|breathe|get|seem|even|really|sure|help|have|like|want "
    r"to (?:be|feel|think))\b)",
    re.IGNORECASE,
)
_PROPOSAL = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|well|then|right|but|fine),? )?(?:what if|how about|what about|"
    r"(?:could|can|couldn't|can't|would|will|might) (?:we|you|i)|maybe (?:we|you|i)|perhaps "
    r"(?:we|you)|let's|is there (?:any )?(?:way|chance))\b",
    re.IGNORECASE,
)
_SMALLER = re.compile(
    r"\b(?:just|only|half|shorter|smaller|a short|one more|partial|part of|for now|this once|"
    r"one time|this one time|one-off|temporar\w*|a bit|a little)\b",
    re.IGNORECASE,
)
# a safeguard for their side: a term that meets their reason, not a haggle ("What if Tomasz
# stayed yours and gave us two days a week, with a hard stop at the end of June?")
_SAFEGUARD = re.compile(
    r"\b(?:hard stop|firm end|stays? (?:yours|with you)|stayed (?:yours|with you)|you keep|"
    r"(?:call|pull|have) (?:him|her|them|it) back|guarantee\w*|in writing|your call|you decide)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")
_FILLERS = SHORT_FILLERS | frozenset(
    """where which give take want need help anyone anybody someone somebody again
    because week weeks month months days time year years""".split()
)


def _content(text: str) -> set[str]:
    return long_words(text, _FILLERS)


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def refused(partner: str) -> tuple[set[str], set[str]]:
    """What their line refuses in so many words: (the refused verbs, the content words of what
    they refused); both empty when it says no explicitly nowhere."""
    verbs: set[str] = set()
    things: set[str] = set()
    lower = partner.lower()
    for m in _REFUSING.finditer(lower):
        end = _CLAUSE_END.search(lower, m.end())
        clause = lower[m.end() : end.start() if end else len(lower)]
        words = _WORD.findall(clause)
        if len(words) > 1 and words[1] in _THIRD_PARTY:
            continue  # "I can't answer her questions": what they cannot do for someone else
        if words and len(words[0]) >= 4 and words[0] not in _FILLERS:
            verbs.add(words[0])  # "won't |extend the consultation"
        things |= _content(clause)
    for m in _NO.finditer(lower):
        # a bare no refuses what came before it (what they were asked) and what follows in its
        # sentence ("No, not for three months")
        end = _CLAUSE_END.search(lower, m.end())
        things |= _content(lower[: m.start()]) | _content(
            lower[m.end() : end.start() if end else None]
        )
    return verbs, things - verbs


_THIRD_PARTY = frozenset({"her", "him", "them", "his", "their", "she", "he", "they"})
_CLAUSE_END = re.compile(r"[.!?;]|\bbut\b|\bbecause\b")
# a smaller amount of the same thing: a span of time, part of the week, a share
_LESS_OF_IT = re.compile(
    r"\b(?:(?:for (?:just |only )?|just |only )(?:a|one|two|three|four|five|six|a few|"
    r"a couple of|\d+)[- ](?:days?|weeks?|months?|sprints?)|(?:a|one|two|three|four|five|six|"
    r"\d+)[- ](?:days?|weeks?|months?) instead|only (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|"
    r"fridays|weekends|mornings|afternoons)|part[- ]time|half (?:of )?(?:it|the|his|her|their)|"
    r"instead of (?:a |the )?(?:\w+ )?(?:days?|weeks?|months?))\b",
    re.IGNORECASE,
)


def presses_no(text: str, verbs: set[str], things: set[str]) -> bool:
    """The sentence asks again, in a smaller size, for what their line refused: the refused
    verb again with any smaller size ("What if you refunded just half?"), or the refused thing
    again for a shorter span or a part ("What if we borrowed Priya for just two weeks?")."""
    if not (verbs or things) or _PROPOSAL.search(text) is None or _SAFEGUARD.search(text):
        return False
    words = _content(text)
    less = _LESS_OF_IT.search(text) is not None
    if (less or _SMALLER.search(text)) and any(_same(w, v) for w in words for v in verbs):
        return True
    return less and any(_same(w, t) for w in words for t in things)


# what a sentence that presses past their no does not earn: it asks nothing of their needs and
# proposes nothing new
PRESSED_CREDIT = frozenset(
    {
        "interest_question",
        "open_question",
        "invitation",
        "option",
        "mutual_gain",
        "generosity",
        "conditional_offer",
        "joint_framing",
    }
)


def pressed_past_no(
    sentences: list[Sentence], hits: list[Hit], partner: str
) -> tuple[list[Sentence], list[Hit], list[Sentence]]:
    """The reply's sentences with those that press past their no read as no act, the hits
    without those sentences' credit, and the pressing sentences (for their cost)."""
    if not partner or not any(_PROPOSAL.search(s.text) for s in sentences):
        return sentences, hits, []  # cheap gate: no proposal at all
    verbs, things = refused(partner)
    pressing = [s for s in sentences if presses_no(s.text, verbs, things)]
    if not pressing:
        return sentences, hits, []
    starts = {s.start for s in pressing}
    kept = [
        h
        for h in hits
        if not (
            h.feature in PRESSED_CREDIT
            and h.start is not None
            and any(s.start <= h.start < s.end for s in pressing)
        )
    ]
    read = [s.without_act() if s.start in starts else s for s in sentences]
    return read, kept, [s for s in read if s.start in starts]
