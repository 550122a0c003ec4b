"""How they feel about a thing asks their preference (docs/scoring.md rule 65).

Found on the CaSiNo TRAIN turns labelled elicit-pref that the scorer ranked low: "How do you feel
about the firewood?", "How does your group feel about water though?", "How are you doing on
water?" earned an open question (+9) but not `asked about their needs`, while "Which item do you
need most?" earned both. On TRAIN every such question about a thing was labelled elicit-pref (5
of 5) and every one about a proposal was not (0 of 7: "How do you feel about taking all of the
water?", "What do you think of the deal?"): asking how they feel about a thing, or how they are
doing for it, asks their preference in any domain; asking about a proposal checks an offer.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.eliciting import asks_feeling_about_a_thing

from .reasons import score

ASKED = "asked about their needs"

ABOUT_A_THING = [
    # HR
    ("The new rota starts next month.", "How do you feel about the night shifts?"),
    # engineering
    ("We're planning the migration.", "How does your team feel about the staging cluster?"),
    # health
    ("Winter pressures are starting on the wards.", "How are you fixed for beds?"),
    # sales
    ("We're reviewing the renewal.", "How do you feel about the enterprise tier though?"),
    # public sector
    ("The festival is in three weeks.", "How are you doing for volunteers?"),
]


@pytest.mark.parametrize(("partner", "reply"), ABOUT_A_THING)
def test_how_they_feel_about_a_thing_asks_their_preference(partner: str, reply: str) -> None:
    assert asks_feeling_about_a_thing(reply)
    result = score(reply, partner)
    assert any(ASKED in e.reason and e.points > 0 for e in result.evidence), result.evidence


ABOUT_A_PROPOSAL = [
    # a gerund: what they would do
    ("The new rota starts next month.", "How do you feel about taking the night shifts?"),
    # an offer, a number, the speaker's terms
    ("We're reviewing the renewal.", "How do you feel about this offer?"),
    ("Winter pressures are starting on the wards.", "How would you feel about two agency nurses?"),
    ("We need the van.", "How would you feel about you getting the van on Friday?"),
    # a long clause, not a thing
    (
        "We're planning the migration.",
        "How do you feel about the idea that the platform team should own the staging cluster?",
    ),
    # a doubting one
    ("We need more licences.", "How does your team even feel about the licences?"),
]


@pytest.mark.parametrize(("partner", "reply"), ABOUT_A_PROPOSAL)
def test_how_they_feel_about_a_proposal_asks_no_preference(partner: str, reply: str) -> None:
    assert not asks_feeling_about_a_thing(reply)
