"""Wants and conditions that offer nothing, and trades in other words (docs/scoring.md rules
93-95).

Rule 93: "I could really use the staging cluster" wants it; it was read as an offer to help, a
concrete next step or a proposal. Rule 94: a counterfactual ("if I had any left"), the
speaker's own demand ("if we don't get ten percent") and a challenge ("why should I give you
one?") were read as `offered a trade`. Each in several domains, with the offers and trades
that share their wording as hard negatives.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.claims import wants

from .reasons import score

OFFER_READINGS = (
    "offers to help",
    "committed to a concrete next step",
    "proposes a concrete option",
    "proposed an option",
)
TRADE = "offered a trade"

WANTS = [
    # engineering
    (
        "We need the staging cluster on Thursday.",
        "I could really use the staging cluster on Thursday too.",
    ),
    # health
    (
        "The ward needs the portable scanner tonight.",
        "We could really use the scanner on nights as well.",
    ),
    # sales
    ("Can we have the demo units for the roadshow?", "I could use two of the demo units myself."),
    # HR
    ("I'd like the Friday slot for my appraisal.", "I could use the Friday slot, honestly."),
    # public sector
    (
        "The library wants the meeting room on Saturday.",
        "We could definitely use that room for the council surgery.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), WANTS)
def test_a_want_is_no_offer(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(r in e.reason for e in result.evidence for r in OFFER_READINGS), result.evidence
    assert result.collaboration <= 51
    assert result.same_side != "beside"


OFFERS_WITH_USE = [
    # engineering: what is used works for them
    (
        "We need the staging cluster on Thursday.",
        "I could use my Thursday slot to run your load test.",
    ),
    # HR
    (
        "I'd like the Friday slot for my appraisal.",
        "I could use the morning to go through your appraisal notes with you.",
    ),
    # health: a proposal without "really"
    (
        "The ward needs the portable scanner tonight.",
        "We could use our spare scanner for your night shift.",
    ),
    # sales: an offer in other words
    ("Can we have the demo units for the roadshow?", "I could lend you two of the demo units."),
]


@pytest.mark.parametrize(("partner", "reply"), OFFERS_WITH_USE)
def test_using_something_for_them_still_offers(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r in e.reason for e in result.evidence for r in OFFER_READINGS), result.evidence
    assert result.collaboration >= 54
    assert result.same_side == "beside"


NO_TRADES = [
    # counterfactuals: engineering, sales, health
    (
        "We need a second engineer on the payments team.",
        "I'd lend you an engineer if we had anyone spare.",
    ),
    (
        "Can we have the demo units for the roadshow?",
        "I'd happily give you the demo units if I had any left.",
    ),
    (
        "The ward needs two more agency nurses this week.",
        "We'd send you two nurses if we had them to spare.",
    ),
    # the speaker's own demand: procurement, HR, public sector
    (
        "We can't go above a five percent discount.",
        "If we don't get ten percent, we'll look at other suppliers.",
    ),
    ("Can you cover my Friday shift?", "If I can't get Monday off, I can't cover Friday."),
    (
        "The council wants the hall on Saturday.",
        "Unless we get the hall for the morning, the club can't run its gala.",
    ),
    # a challenge to share: engineering, sales, health
    (
        "We need a second engineer on the payments team.",
        "Why should I give you one of my engineers?",
    ),
    ("Can we have the demo units for the roadshow?", "Why would we share our demo units with you?"),
    ("The ward needs the portable scanner tonight.", "Why should we hand over our scanner?"),
]


@pytest.mark.parametrize(("partner", "reply"), NO_TRADES)
def test_conditions_that_offer_nothing_are_no_trade(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(TRADE in e.reason for e in result.evidence), result.evidence
    assert result.collaboration <= 48


TRADES = [
    # engineering
    (
        "We need a second engineer on the payments team.",
        "If I give you an engineer for the migration, could you lend me a tester in May?",
    ),
    # sales
    (
        "Can we have the demo units for the roadshow?",
        "I'd give you two demo units if you can cover the shipping.",
    ),
    # health
    (
        "The ward needs the portable scanner tonight.",
        "If you can take it back by six, I'll lend you the scanner.",
    ),
    # public sector
    (
        "The council wants the hall on Saturday.",
        "We could share the hall: the club in the morning, the council after lunch.",
    ),
    # HR
    ("Can you cover my Friday shift?", "If I get Monday off, I'll cover your Friday."),
    # an offer to share, put as a question
    (
        "I'd like the Friday slot for my appraisal.",
        "Should I share the calendar with you so you can pick a slot?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), TRADES)
def test_real_trades_keep_their_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(TRADE in e.reason for e in result.evidence), result.evidence
    assert result.collaboration >= 57


def test_the_want_wording() -> None:
    assert wants("i could really use the extra headcount.")
    assert wants("We could really use a hand.")
    assert not wants("We could use the spare van.")  # a proposal
    assert not wants("I could use my contacts to get you a slot.")
    assert not wants("I could help you move.")


OTHER_WORDS_TRADES = [
    # campsite bargaining, where it was found (CaSiNo TRAIN)
    ("Can I have the firewood?", "I'm good to give up firewood for more water and food."),
    # engineering
    (
        "We need a second engineer on the payments team.",
        "We'd happily part with one tester for a month of your analyst's time.",
    ),
    # sales
    (
        "Can we have the demo units for the roadshow?",
        "I'm willing to give up two demo units for the booth space by the door.",
    ),
    # HR: put to them as a question
    (
        "I need the Friday slot for my appraisal.",
        "Would you settle for the Monday slot if I move my one-to-one?",
    ),
    # public sector
    (
        "The council wants the hall on Saturday.",
        "Would you compromise on the morning, with the club in the afternoon?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), OTHER_WORDS_TRADES)
def test_a_trade_in_other_words_is_a_trade(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(TRADE in e.reason for e in result.evidence), result.evidence
    assert result.collaboration >= 57


NOT_TRADES_IN_OTHER_WORDS = [
    # a past sacrifice
    (
        "We need a second engineer on the payments team.",
        "I gave up my weekend for this release, so no.",
    ),
    # refusals: the modal negated
    (
        "We need a second engineer on the payments team.",
        "I can't give up an engineer for your migration.",
    ),
    ("I need the Friday slot for my appraisal.", "I'd never give up my Friday slot for a Monday."),
    # a wish
    ("I'm exhausted after the night shift.", "I'd give up anything for a full night's sleep too."),
    # a counterfactual (rule 94)
    ("The ward needs the portable scanner tonight.", "I'd give you the scanner if I had a spare."),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_TRADES_IN_OTHER_WORDS)
def test_sacrifices_refusals_and_wishes_are_no_trade(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(TRADE in e.reason for e in result.evidence), result.evidence
    assert result.collaboration <= 48


WHY_DONT_WE = [
    # engineering
    (
        "Our team can't cover on-call alone this month.",
        "Why don't we split the on-call rota between our two teams?",
    ),
    # public sector
    (
        "The council wants the hall on Saturday.",
        "Why don't we share the hall: the club in the morning, the council after lunch?",
    ),
    # sales
    # health
    (
        "The ward needs the portable scanner tonight.",
        "Why don't we share the scanner between the two wards tonight?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), WHY_DONT_WE)
def test_why_dont_we_proposes(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any("negated a supportive phrase" in e.reason for e in result.evidence), (
        result.evidence
    )
    assert result.collaboration >= 54
    assert result.same_side == "beside"


NEGATED_SUPPORT = [
    # a refusal to share
    ("Can we borrow the van on Friday?", "We don't share the van with contractors."),
    # not a proposal of ours: a request of them
    ("I'll send the notes later.", "Why don't you share your screen instead?"),
    # a negated offer after "why" in another clause
    ("Can we have the demo units?", "I wonder why, but we don't share demo units."),
]


@pytest.mark.parametrize(("partner", "reply"), NEGATED_SUPPORT)
def test_other_negated_offers_keep_their_reading(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("negated a supportive phrase" in e.reason for e in result.evidence), result.evidence
