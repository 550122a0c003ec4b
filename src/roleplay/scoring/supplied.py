"""Giving what was asked for: a plain statement that supplies the examples or facts the partner
asked for is listening ("Give me two examples." - "Two come to mind: the March outage review and
the vendor migration.").

The partner asks for information (give / tell / show / name / list me ..., examples, which /
what ...?) and a sentence of the reply that is not a question supplies it: it names things
("come to mind", "for example", "such as", a list after a colon) or the count they asked for
("two"), and carries content of its own (a number or several words of five letters or more).
A bare "There are plenty of examples." supplies nothing; a stock phrase, a repeated sentence or
a clearly hostile reply never counts.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.responsive import clearly_hostile
from roleplay.scoring.sentences import Sentence

# The partner wants information, not an action.
ASKS_FOR_INFO = caseless(
    r"\b(?:give|tell|show|name|list|share|walk) (?:me|us)\b|"
    # not the idioms (rule 211): "make an example of me", "for example", "in this instance"
    r"\b(?<!for )(?<!a )(?<!an )examples?\b|\b(?:give|share|provide|name|cite|offer|show|need|want|"
    r"any|some|one|two|three|a few|specific|concrete|real) (?:\w+ )?examples?\b|"
    r"\b(?<!for )(?<!this )(?<!that )(?<!the first )(?<!a )(?<!an )instances?\b|"
    r"\b(?:which|what) (?:\w+ )?(?:are|were|was|is|did|do|does|have|has)\b.*\?|\bname (?:one|two|"
    r"three|a few|some|a couple)\b|\bwho (?:was|were|is|are)\b.*\?",
    by_branch=True,
)
COUNT = re.compile(r"\b(?:two|three|four|five|a couple|both|a few|\d+)\b", re.IGNORECASE)
SAME_COUNT = {"a couple": "two", "both": "two"}
# The sentence names things: examples, a list after a colon, or the count itself.
NAMES_THINGS = caseless(
    r"\bcomes? to mind\b|\bfor (?:example|instance)\b|\bsuch as\b|\be\.g\.|\bnamely\b|:\s*\S",
)
CONTENT = re.compile(r"\b[A-Za-z]{5,}\b|\b\d+\b")
VAGUE = caseless(
    r"\b(?:plenty|lots|loads|many|several|various|a bunch) of (?:examples|things|instances|them)\b"
    r"|\b(?:i'll|i will|let me) (?:think|dig|look|get back)\b",
    by_branch=True,
)
MIN_CONTENT = 3  # content words of its own besides the naming words


def supplies_request(sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first sentence that supplies the examples or facts the partner asked for."""
    if not partner or not _asks_for_info(partner):
        return None
    if clearly_hostile(sentences):
        return None
    counts = _partner_counts(partner)
    for s in sentences:
        text = s.text.rstrip()
        if s.repeat or s.act.act == "stock_phrase" or text.endswith("?") or VAGUE.search(text):
            continue
        names = NAMES_THINGS.search(text) is not None or bool(counts & _counts(text))
        if names and len(CONTENT.findall(text)) >= MIN_CONTENT:
            return s
    return None


def _counts(text: str) -> set[str]:
    return {SAME_COUNT.get(m.lower(), m.lower()) for m in COUNT.findall(text)}


@per_partner_line
def _asks_for_info(partner: str) -> bool:
    return ASKS_FOR_INFO.search(partner) is not None


@per_partner_line
def _partner_counts(partner: str) -> frozenset[str]:
    return frozenset(_counts(partner))
