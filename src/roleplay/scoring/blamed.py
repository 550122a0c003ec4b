"""Rule 284 (docs/scoring.md): a sentence that blames them for their own misfortune, or mocks
their words, earns no listening credit for the words of theirs it holds.

Blame and contempt often reuse the partner's words, and the listening side credited them for
it: "You knew there'd be consequences when you did it." (to a whistle-blower shunned at work)
earned "restates their point" (+10 listening); "He's an adult and some of this is on him" (to a
family whose father gambled on a drug's side effect) +9; "Tbh if you'd gone to the doctor when
you first lost the weight you'd never have ended up in DKA." +2 and their words picked up; "lol
'our legal team'." quoted their words (+7); "He's lucky it was only his collarbone." +4.

A sentence blames them, by wording, when it

- puts the misfortune down to what they did, in hindsight: "if you'd / he'd ... you'd / he'd
  (never) have ...", "you / he should(n't) have ...", "you knew (there'd / it would / what)",
  "you asked for it", "you brought it on yourself", "lesson learnt";
- lays it on them: "(some / all / part) of this is on you / him", "that's on you", "he's an
  adult", "you can't blame (every / it) on ...", "nobody likes a grass", "(a bit) naive";
- plays their harm down as luck: "he's / you're lucky (it / that / he) ...";

and it mocks their words when it laughs at them as it quotes them ("lol 'our legal team'";
a laugh alone is friendly chat: "haha I need the water too").

Such a sentence restates nothing (rule 190), its reflection, validation or affirmation act
earns nothing, and the words of theirs it picks up or quotes are no listening. Its blame is
penalised elsewhere (the cue layer's blame and attack cues); this rule takes only the credit.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.features_base import Hit
from roleplay.scoring.sentences import Sentence

# searched branch by branch on lower-cased text (ascii_case.py): the thirteen branches need
# different words, and most sentences hold none of them
_BLAMES = caseless(
    r"\bif (?:you|he|she|they)(?:'d| had)\b[^.;!?]*\b(?:you|he|she|they)(?:'d| would)"
    r"(?: never| not|n't)?(?: have)?\b|"
    r"\b(?:you|he|she|they)(?: should(?:n't| not)?|'d| would)(?: never| not)? have (?:known|"
    r"gone|seen|checked|asked|listened|thought|waited|stopped|been)\b|\bshould(?:n't)?'ve\b|"
    r"\b(?:you|he|she|they) knew (?:there'?d|it would|it'd|what|the risks?|this would)\b|"
    r"\b(?:you|he|she|they) asked for it\b|\bbrought (?:it|this|that) on (?:yourself|himself|"
    r"herself|themselves)\b|\blesson learn(?:t|ed)\b|"
    r"\b(?:some|all|most|part|half) of (?:this|it|that) is on (?:you|him|her|them)\b|"
    r"\b(?:that'?s|it'?s|this is) (?:all )?on (?:you|him|her|them)\b|"
    r"\b(?:he'?s|she'?s|you'?re|they'?re) (?:an adult|a grown (?:man|woman|adult))\b|"
    r"\b(?:you )?can'?t blame (?:every|everything|it all|all of it|this|it)\b[^.;!?]* on\b|"
    r"\bnobody likes a (?:grass|snitch|tattletale)\b|\b(?:bit|a bit|so|too|pretty|rather) naive\b|"
    r"\b(?:he'?s|she'?s|you'?re|they'?re|he was|she was|you were|they were) lucky "
    r"(?:it|that|he|she|they|you|only)\b",
    by_branch=True,
)
# a laugh at their quoted words ("lol 'our legal team'", "'censorship' lol"): a laugh alone is
# friendly chat ("haha I need the water too")
_MOCKS = caseless(
    r"(?<![\w'])(?:lol|lmao|lmfao|haha+|rofl)\W{0,3}['\"\u2018\u201c]\w|"
    r"\w['\"\u2019\u201d]\W{0,3}(?:lol|lmao|lmfao|haha+|rofl)(?![\w'])"
)
# the acts whose credit a blaming sentence does not earn
CREDITED_ACTS = frozenset({"reflection", "validation", "affirmation"})
# the cue features that credit their words picked up or quoted
WORD_CREDITS = frozenset({"paraphrase", "quoted_partner"})


def blames_them(text: str) -> bool:
    """The sentence blames them for their own misfortune or mocks their words (module
    docstring)."""
    return _BLAMES.search(text) is not None or _MOCKS.search(text) is not None


def without_blamed_credit(
    sentences: list[Sentence], hits: list[Hit]
) -> tuple[list[Sentence], list[Hit]]:
    """The sentences with the credited acts of the blaming ones cleared, and the hits without
    the words of theirs picked up or quoted inside a blaming sentence."""
    blaming = [s for s in sentences if blames_them(s.text)]
    if not blaming:
        return sentences, hits
    starts = {s.start for s in blaming}
    sentences = [
        s.without_act() if s.start in starts and s.act.act in CREDITED_ACTS else s
        for s in sentences
    ]
    hits = [
        h
        for h in hits
        if h.feature not in WORD_CREDITS
        or h.start is None
        or not any(s.start <= h.start < s.end for s in blaming)
    ]
    return sentences, hits
