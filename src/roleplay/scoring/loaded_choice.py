"""Rule 414 (docs/scoring.md): a choice between two faults is an accusation.

"Is he just not good enough, or are you one of those pushy parents?" (to a parent whose son has
sat on the bench all season) scored 60, above a plain reply that promised to talk to the boy:
rule 330 read an alternative question naming two readings of their line and credited it as
asking which part is their point, and "not good" earned "acknowledged it's hard". "So are you
really caring for him, or just waiting to get the house?" (to a carer) scored above its line's
plain reply the same way. A question that offers them two alternatives and puts a fault on them,
or on the person their line is about, in one of them, asks nothing: it accuses, and leaves them
to pick the charge. Such a sentence is hostile (the hostility cap holds the reply, and rule 330
gives a hostile reply no credit).

A fault put as a question, in one alternative of a question with "or":
- a trait: "are you (just / really / being / simply) (so) lazy / careless / greedy / pushy ...",
  "are you (just) a sore loser / a liar / a troublemaker ...", "one of those pushy / difficult
  / entitled ... parents / people / customers ...";
- not being up to it: "is he / is she / are you (just) not good / clever / strong enough";
- neglect: "did you / do you (just) not care / bother / read it / listen / check / try";
- a motive of gain or escape: "(just) trying it on", "(just) angling / waiting / looking /
  hoping to get (out of) ...", "(just) after the money / a payout / the house / a sick note", "(just) in it
  for the money".
Not: a caring choice ("Are you just tired, or is something about the job wearing you down?",
"Do you want to talk it through, or do you just need to vent?", "Are you planning to call them,
or just waiting for the results?"), a fault named outside a question ("I'm not saying you're
lazy"), a question without "or" (rule 157 and the cue layer read plain put-downs).
"""

from __future__ import annotations

import re

from roleplay.scoring.sentences import Sentence

_HEDGE = r"(?:(?:just|really|simply|only|being|so|that|such|a bit|actually) )*"
_TRAITS = (
    r"lazy|careless|greedy|pushy|selfish|entitled|petty|childish|immature|dramatic|hysterical|"
    r"paranoid|stupid|thick|dim|incompetent|useless|clueless|dishonest|lying|difficult|"
    r"demanding|needy|spoilt|spoiled|ungrateful|bitter|jealous|vindictive|disorganised|"
    r"disorganized|sloppy|negligent|naive|gullible"
)
_PEOPLE = (
    r"loser|sore loser|liar|troublemaker|time-waster|time waster|chancer|freeloader|scrounger|"
    r"fraud|cheat|moaner|whinger|complainer|drama queen|snowflake|hypochondriac|fantasist"
)
_FAULT = re.compile(
    rf"\b(?:are|were) (?:you|they) {_HEDGE}(?:{_TRAITS})\b|"
    rf"\b(?:is|was) (?:he|she) {_HEDGE}(?:{_TRAITS})\b|"
    rf"\b(?:are|were) (?:you|they) {_HEDGE}(?:an? )?(?:(?:{_TRAITS}) )?(?:{_PEOPLE})s?\b|"
    rf"\b(?:is|was) (?:he|she) {_HEDGE}(?:an? )?(?:(?:{_TRAITS}) )?(?:{_PEOPLE})\b|"
    rf"\bone of those (?:(?:{_TRAITS}) )+\w+|"
    r"\b(?:is|was|are|were) (?:he|she|you|they) (?:just )?not (?:good|clever|smart|bright|"
    r"strong|fit|fast|quick|talented|mature) enough\b|"
    r"\b(?:did|do|does) (?:you|he|she|they) (?:just |simply |even )?not (?:care|bother|read|"
    r"listen|check|try|look|think)\b|"
    r"\b(?:just |simply |only )?trying it on\b|"
    r"\b(?:just|simply|only) (?:angling|waiting|looking|hoping|trying|out) (?:to|for) "
    r"(?:get|grab|cash|inherit|avoid paying|dodge|skip|wriggle|the money|a payout|compensation)|"
    r"\b(?:just|simply|only) (?:after|in it for) (?:the|your|his|her|their|a|some) ?"
    r"(?:money|payout|cash|house|inheritance|compensation|attention|free|refund|time off|"
    r"sick note)",
    re.IGNORECASE,
)
_OR = re.compile(r"\bor\b", re.IGNORECASE)


def loaded_choices(sentences: list[Sentence]) -> list[Sentence]:
    """The questions that offer a choice with a fault of theirs in it (rule 414)."""
    return [
        s
        for s in sentences
        if not s.repeat
        and s.text.rstrip().endswith("?")
        and _OR.search(s.text)
        and _FAULT.search(s.text)
    ]
