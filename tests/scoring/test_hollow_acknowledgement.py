"""Issue 11, rule 392 (docs/scoring.md, `scoring/semantic_rules.py` `GENERIC_WORDS`): an
acknowledgement with no content of theirs ("I hear you, that makes sense.") earns the partial
credit of an acknowledgement that has not yet engaged with them, as "That sounds hard." does;
the same words with their matter beside them keep full credit.

Partners in HR (a role cut), engineering (a slipped release), health (a cancelled scan) and an
online community (a deleted post).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.semantic_rules import PARTIAL_NOTE, STOCK_NOTE

from .reasons import score

CUT = "They told me on Friday that my role is being cut after twelve years."
RELEASE = "The release slipped twice this quarter and the client is threatening to walk."
SCAN = "The hospital cancelled my mum's scan for the third time and nobody will give us a date."
MODS = "The mods deleted my post about the bus cuts and said it was off topic."


def positive_empathy(reply: str, partner: str) -> list[str]:
    return [
        e.reason
        for e in score(reply, partner).evidence
        if e.dimension == "empathy" and e.points > 0
    ]


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I hear you, that makes sense.", CUT),
        ("I get it. That makes sense.", RELEASE),
        ("That's understandable.", SCAN),
        ("I understand, that makes sense.", MODS),
    ],
)
def test_an_acknowledgement_with_nothing_of_theirs_earns_a_share(reply: str, partner: str) -> None:
    said = positive_empathy(reply, partner)
    assert said and all(r.endswith((PARTIAL_NOTE, STOCK_NOTE)) for r in said), said
    assert score(reply, partner).empathy <= 55


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("That makes sense, twelve years is a long time.", CUT),
        ("That makes sense, two slipped releases in a row would rattle any team.", RELEASE),
        ("It's understandable you're worn down after three cancelled scans.", SCAN),
        ("That makes sense, the bus cuts affect everyone in the group.", MODS),
    ],
)
def test_the_same_words_beside_their_matter_keep_full_credit(reply: str, partner: str) -> None:
    said = positive_empathy(reply, partner)
    assert any(r.startswith("validated their view") and r.endswith('")') for r in said), said
    assert score(reply, partner).empathy >= 60


def test_the_bare_acknowledgement_scores_below_the_one_with_their_matter() -> None:
    bare = score("I hear you, that makes sense.", CUT)
    full = score("That makes sense, twelve years is a long time.", CUT)
    assert bare.empathy < full.empathy
