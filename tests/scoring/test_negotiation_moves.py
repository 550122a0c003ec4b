"""Bargaining moves the cue layer misread or missed (docs/scoring.md rule 29).

Found on the CaSiNo TRAIN replies the scorer ranked worst, and checked here in other
negotiations - a budget, a rota, a contract, engineers on a project, clinic slots - with hard
negatives beside each (a plea that names "understand", "both" in a hostile line, a deal already
reached, a real refusal).

Measured on main before the rule: "Please do understand my situation" earned "+19 empathy:
showed you understood"; "Oh no I'm so sorry to hear that" lost 16 empathy for a "negated
supportive phrase"; "I won't need any food" was a flat refusal; "It sounds like you are going to
do a lot of cooking" an imperious "we" that capped the reply as hostile; "I'm sure we can find a
split that works for both of us" earned 1 point for its "we".
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer

from .reasons import evidence_points as reasons

BUDGET = "I need 30% of your Q3 budget for the migration."
ROTA = "I can't do nights next week, my mum is in hospital."
CONTRACT = "We can go to 40k if you sign for two years."
STAFFING = "We need two more engineers on the release or it slips."
CLINIC = "We have no free slots for your patients until March."
CAMPING = "I really need the water, my kids drink a lot."


def has(found: list[tuple[str, int]], words: str) -> bool:
    return any(words in why and points != 0 for why, points in found)


# -- 29a: asking them to understand is no understanding of theirs ------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Please understand our position, the budget is fixed this quarter.", BUDGET),
        ("I hope you will understand why I need the Friday off.", ROTA),
        ("You must understand that our margins are thin on this one.", CONTRACT),
        ("Try to understand our situation, two of the team are on leave.", STAFFING),
        ("Please do understand my situation, its very critical to have the water.", CAMPING),
    ],
)
def test_asking_them_to_understand_earns_no_understanding(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert not has(found, "showed you understood"), found
    assert not has(found, "offered support"), found  # "I hope you ... understand" is no wish


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I understand why the Friday matters to you.", ROTA),
        ("Thank you, I understand.", CLINIC),
        ("I do understand, two engineers is a lot to find.", STAFFING),
    ],
)
def test_the_speaker_understanding_still_counts(reply: str, partner: str) -> None:
    assert has(reasons(reply, partner), "showed you understood")


# -- 29a: "oh no" is an interjection, not a negation ------------------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Oh no I'm so sorry, that's a rough week.", ROTA),
        ("oh no I'm so sorry to hear that.", CLINIC),
        ("Oh no I am sorry, that must make the release hard to plan.", STAFFING),
    ],
)
def test_oh_no_before_sympathy_is_no_negation(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert not has(found, "negated a supportive phrase"), found
    assert any("sympathy" in why or "hard" in why for why, p in found if p > 0), found


def test_a_real_negation_of_sympathy_still_costs() -> None:
    found = reasons("No I'm not sorry I raised it.", ROTA)
    assert has(found, "negated a supportive phrase"), found


# -- 29a: the speaker's own no-need is no refusal ---------------------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I won't need the second meeting room on Friday.", CLINIC),
        ("I won't need any overtime next week.", ROTA),
        ("I'm not going to need the extra licences after March.", CONTRACT),
        ("The good news is I won't need any food.", CAMPING),
    ],
)
def test_saying_they_will_not_need_something_is_no_flat_refusal(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert not has(found, "flat refusal"), found


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I won't give you 30%.", BUDGET),
        ("I won't do that.", ROTA),
        ("I'm not going to sign for two years.", CONTRACT),
    ],
)
def test_a_real_refusal_stays_a_flat_refusal(reply: str, partner: str) -> None:
    assert has(reasons(reply, partner), "flat refusal")


# -- 29a: a prediction or encouragement is no order --------------------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("It sounds like you are going to do most of the hiring yourself.", STAFFING),
        ("If you're going to do the night shifts in March, I can take February.", ROTA),
        ("You will do great at the renewal meeting.", CONTRACT),
    ],
)
def test_a_prediction_is_not_imperious(reply: str, partner: str) -> None:
    result = default_scorer().score(ScoreInput(reply, partner))
    assert not any("imperious" in e.reason or "hostility" in e.reason for e in result.evidence)
    assert result.same_side != "across"


def test_an_order_stays_imperious() -> None:
    result = default_scorer().score(ScoreInput("You will do it my way.", STAFFING))
    assert any("imperious" in e.reason for e in result.evidence)
    assert result.collaboration <= 30


# -- 29b: looking for a deal that works for both sides -----------------------------------------

MUTUAL = [
    ("I'm sure we can find a rota that works for both of us.", ROTA),
    ("I think we can come to an agreement on the renewal.", CONTRACT),
    ("I believe we can help each other here.", STAFFING),
    ("Let's find a split of the budget that is fair for both teams.", BUDGET),
    ("We can still work something out on the slots.", CLINIC),
]


@pytest.mark.parametrize(("reply", "partner"), MUTUAL)
def test_seeking_a_deal_good_for_both_sides_earns_collaboration(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert any("works for both sides" in why and p > 0 for why, p in found), found


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I'm glad we could come to an agreement.", CONTRACT),  # reached, not sought
        ("That doesn't work for both of us.", BUDGET),  # negated
        ("We both know you're bluffing.", STAFFING),  # "both" in a hostile line
        ("It was easy for us to come to a deal on the rota.", ROTA),
    ],
)
def test_both_without_seeking_a_joint_deal_earns_nothing_for_it(reply: str, partner: str) -> None:
    assert not has(reasons(reply, partner), "works for both sides")


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Take it or leave it, this deal works for both of us.", CONTRACT),
        ("Oh sure, a budget split that works for both of us, how generous of you.", BUDGET),
        ("That works for both of us, so stop whining and sign it.", CONTRACT),
    ],
)
def test_both_in_a_hostile_reply_does_not_buy_collaboration(reply: str, partner: str) -> None:
    plain = default_scorer().score(
        ScoreInput("I could do 35k if the term is eighteen months.", CONTRACT)
    )
    hostile = default_scorer().score(ScoreInput(reply, partner))
    assert hostile.collaboration < plain.collaboration
    assert hostile.overall < plain.overall


# -- 29b: checking the offer fits them, asking them to propose ---------------------------------


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I can cover Tuesday if you take Thursday. Will that be okay?", ROTA),
        ("We could give you two slots a week from February. Are you okay with that?", CLINIC),
        ("One engineer now and one in March. Is that fair to you?", STAFFING),
        ("I can give up one water for you. Will that be okay?", CAMPING),
        ("How would you like to split the on-call weeks?", ROTA),
        ("What do you propose for the renewal term?", CONTRACT),
        ("Any thoughts on how we divide the budget between the teams?", BUDGET),
        ("Okay, so how do you propose splitting the firewood?", CAMPING),
    ],
)
def test_a_fit_check_or_asking_them_to_propose_invites_them_to_shape_it(
    reply: str, partner: str
) -> None:
    found = reasons(reply, partner)
    assert any("invited them to shape" in why and p > 0 for why, p in found), found


@pytest.mark.parametrize(
    ("partner", "better", "worse"),
    [
        (
            STAFFING,
            "I'm sure we can find a split of the team that works for both of us. "
            "Would you be okay with one engineer now and one in March?",
            "One engineer now and one in March.",
        ),
        (
            ROTA,
            "I can cover Tuesday if you take Thursday. Will that be okay?",
            "I can cover Tuesday if you take Thursday.",
        ),
    ],
)
def test_the_same_offer_with_a_fit_check_ranks_higher(
    partner: str, better: str, worse: str
) -> None:
    scorer = default_scorer()
    assert (
        scorer.score(ScoreInput(better, partner)).collaboration
        > scorer.score(ScoreInput(worse, partner)).collaboration
    )


# -- 29b: an insult around the invitation, offering an exchange -------------------------------


def test_asking_them_to_propose_with_an_insult_stays_hostile() -> None:
    result = default_scorer().score(ScoreInput("What do you propose, genius?", BUDGET))
    assert result.collaboration <= 30
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I'll swap you my Monday for your Thursday.", ROTA),
        ("Could we trade one clinic slot for two phone consultations?", CLINIC),
        ("I would like to trade you food for some water.", CAMPING),
    ],
)
def test_an_exchange_of_one_thing_for_another_is_a_trade(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert any("offered a trade" in why and p > 0 for why, p in found), found


@pytest.mark.parametrize(
    "reply",
    [
        "The trade show for the new product was a mess.",
        "We weighed the trade-offs for the team.",
        "I'm trying to make a trade but not for firewood.",
    ],
)
def test_trade_without_an_exchange_is_no_trade(reply: str) -> None:
    found = reasons(reply, STAFFING)
    assert not any("offered a trade" in why for why, _ in found), found
