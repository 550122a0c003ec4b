"""A deal is no dismissal (rule 29c); granting their need and worrying for them (rule 29d).

Measured on main before the rules: "Deal, you can have it." and "I think we have a deal." were
read as "dismisses how they feel" (-6 empathy, -5 listening: the act bank's dismissal examples
hold "no big deal" and "deal with it"); "Your team needs the engineers more than we do", "It's
only fair that you get the day shifts" and "I'm worried about you not getting any slots" earned
nothing for putting their need first or worrying for them. Checked in several negotiations, with
hard negatives: a real dismissal that says "deal", a doubting question, a negated grant.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer

from .reasons import evidence_points as reasons

CONTRACT = "We can go to 40k if you sign for two years."
ROTA = "I can't do nights next week, my mum is in hospital."
STAFFING = "We need two more engineers on the release or it slips."
CLINIC = "We have no free slots for your patients until March."
BUDGET = "I need 30% of your Q3 budget for the migration."
CAMPING = "You can have the food and I'll take the water."
UPSET = "I'm really stressed, the launch went badly and my boss is furious."


# -- 29c: "deal" in its bargaining sense -------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Deal, you can have it.", BUDGET),
        ("I think we have a deal.", CONTRACT),
        ("Let's make this deal.", CONTRACT),
        ("I'd prefer the original deal.", STAFFING),
        ("That deal is not good for my team.", ROTA),
        ("Deal!", CAMPING),
        ("It's a big deal for my team that we keep the Friday slot.", ROTA),  # it matters
    ],
)
def test_a_deal_is_not_read_as_dismissing_their_feelings(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert not any("dismisses how they feel" in why for why, _ in found), found


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("It's not a big deal.", UPSET),
        ("No big deal, deal with it.", UPSET),
        ("Fine, deal, whatever you want.", CONTRACT),
    ],
)
def test_a_dismissal_that_says_deal_still_dismisses(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert any("dismiss" in why and points < 0 for why, points in found), found


def test_a_deal_outscores_a_dismissal_on_empathy() -> None:
    scorer = default_scorer()
    deal = scorer.score(ScoreInput("I think we have a deal.", CONTRACT))
    brush = scorer.score(ScoreInput("No big deal, deal with it.", UPSET))
    assert deal.empathy > brush.empathy


# -- 29d: granting their need, worrying for them -----------------------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Your team needs the engineers more than we do right now.", STAFFING),
        ("It's only fair that you get the day shifts next week.", ROTA),
        ("It makes sense for you to have the bigger share this quarter.", BUDGET),
        ("It might be better for you to have the March slots, given the waiting list.", CLINIC),
        ("You'll definitely need the extra budget if the migration runs into Q4.", BUDGET),
        ("That's fine, you might need it more.", CAMPING),
    ],
)
def test_granting_that_their_need_comes_first_takes_their_situation_into_account(
    reply: str, partner: str
) -> None:
    found = reasons(reply, partner)
    assert any("took their situation into account" in why and p > 0 for why, p in found), found


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Do you need more engineers than we do?", STAFFING),  # a question, not a grant
        ("It's not fair for you to get all the day shifts.", ROTA),  # negated
        ("It doesn't make sense for you to have both slots.", CLINIC),
        ("You'll need to sign the form today.", CONTRACT),  # an instruction
    ],
)
def test_no_grant_without_granting(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert not any("took their situation into account" in why for why, _ in found), found


def test_doubting_their_need_still_costs() -> None:
    found = reasons("You don't need them more than us.", STAFFING)
    assert any("played down what they need" in why and p < 0 for why, p in found), found


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I'm worried about you not getting any slots before March.", CLINIC),
        ("I'd hate for you to run out of budget halfway through the migration.", BUDGET),
        ("I worry about you not having cover for the nights.", ROTA),
    ],
)
def test_worrying_for_them_offers_support(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert any("offered support" in why and p > 0 for why, p in found), found


def test_worrying_about_their_work_is_no_support() -> None:
    found = reasons("I'm worried about your team's attitude on this.", STAFFING)
    assert not any("offered support" in why for why, _ in found), found


@pytest.mark.parametrize(
    ("partner", "better", "worse"),
    [
        (
            STAFFING,
            "Your team needs the engineers more than we do. Take both until the release.",
            "Take both engineers until the release.",
        ),
        (
            ROTA,
            "It's only fair that you get the day shifts next week. I'll cover the nights.",
            "I'll cover the nights next week.",
        ),
    ],
)
def test_granting_their_need_adds_empathy_to_the_same_offer(
    partner: str, better: str, worse: str
) -> None:
    scorer = default_scorer()
    assert (
        scorer.score(ScoreInput(better, partner)).empathy
        > scorer.score(ScoreInput(worse, partner)).empathy
    )
