"""Granting the need they just stated validates it (docs/scoring.md rule 47).

Found on the CaSiNo TRAIN turns labelled showing-empathy that the scorer ranked among the
unlabelled ones: "I also need the water, because it's not safe to drink from streams here" -
"You are right, my water is dirty also but I am willing to let you have all three water";
"I personally need lots of water to stay hydrated" - "Yes, that's important. I don't need
much." The cue layer read a plain agreement (+3 empathy) or nothing.
"""

from __future__ import annotations

import pytest

from .reasons import score

VALIDATED = "validated their view"

GRANTS = [
    # HR: a rota
    ("I need Fridays off because my mother has dialysis.", "Of course, that's important."),
    # engineering
    (
        "We need the second engineer because the migration spans two time zones.",
        "You're right, the second time zone does need cover.",
    ),
    # health
    ("I need a ground floor room because of my knee.", "Yes, that's essential after knee surgery."),
    # sales
    (
        "We need the delivery by March because our store opens then.",
        "I agree, the March date is important.",
    ),
    # public sector
    ("We need the hall on Saturdays for the food bank.", "Absolutely, the food bank is important."),
]


@pytest.mark.parametrize(("partner", "reply"), GRANTS)
def test_granting_the_need_they_stated_validates_it(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(VALIDATED in e.reason and e.points > 0 for e in result.evidence), result.evidence
    assert not any("agreed with them" in e.reason for e in result.evidence), result.evidence
    assert result.empathy >= 55


NOT_GRANTS = [
    # sales: agreeing to an offer is no validation of a need (their line states none)
    ("I can give you two engineers if you take the night shift.", "Absolutely."),
    # finance: the speaker's own need
    ("I need the budget for the audit.", "Our training budget is very important to us."),
    # engineering: a question
    ("I need the budget for the audit.", "Why is that important?"),
    # a review: accepting what they asked for is no grant of a need
    (
        "Send me the deck two days before, and we open with one slide: what we need from them.",
        "Definitely - one slide with the answer up front.",
    ),
    # operations: their line states no need
    ("The report is due Friday.", "Of course, that's important."),
    # HR: negated
    ("I need Fridays off because my mother has dialysis.", "That's not important right now."),
    # a negotiation: the speaker's own need, said after theirs
    (
        "I need the water because the lake here is green.",
        "In my group some people are sick so for us water is necessary.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_GRANTS)
def test_no_grant_no_validation(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(VALIDATED in e.reason for e in result.evidence), result.evidence


def test_a_sarcastic_grant_grants_nothing() -> None:
    result = score(
        "Oh sure, that's SO important, everyone's mother has something.",
        "I need Fridays off because my mother has dialysis.",
    )
    assert not any(VALIDATED in e.reason for e in result.evidence), result.evidence
    assert result.empathy <= 30
