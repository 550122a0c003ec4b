"""Skilled moves the scale under-credited (measured on the shipped scenarios' success paths with
benchmarks/scale.py), each pinned on new phrasings in other domains: a commitment is not blame or
an interrogation, an option built on their words is not "missing every key point", a proposal
asked as a question answers their question, and the wording of a plan names it when the encoder
finds no act."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.types import Score

ROTA = "Two of my nurses are off sick and next week's rota has gaps I can't fill."
LANDLORD = "OK, the boiler is his problem, I get it. So what do I tell the landlord tonight?"
PILOT = "Will you run the pilot yourself? The regional managers won't trust it otherwise."


def score(reply: str, partner: str, key_points: tuple[str, ...] = ()) -> Score:
    return default_scorer().score(ScoreInput(reply, partner, key_points))


def acts(reply: str, partner: str) -> list[str]:
    return [s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, partner))]


def costs(result: Score) -> list[str]:
    return [e.reason for e in result.evidence if e.points < 0]


@pytest.mark.parametrize(
    "reply",
    [
        "Happy to own it myself, and I will keep you posted every week.",
        "Happy to run it myself, and I'll keep you posted every week.",
        "Glad to take it on myself, and I'll send you the numbers each Friday.",
        "I'd like to walk the regional managers through it myself on Thursday.",
        "I'll run it myself and tell the regional managers in person how it went.",
    ],
)
def test_a_commitment_is_not_read_as_blame_or_interrogation(reply: str) -> None:
    result = score(reply, PILOT)
    assert not any("blames" in r or "interrogates" in r for r in costs(result)), costs(result)
    assert not {"blame", "interrogation"} & set(acts(reply, PILOT))


def test_real_blame_and_interrogation_still_cost() -> None:
    blame = score("You messed up the pilot and your team caused this whole delay.", PILOT)
    asked = score("Why didn't you tell me about the pilot earlier?", PILOT)
    assert any("blames" in r for r in costs(blame)) or blame.collaboration < 45
    assert any("interrogates" in r for r in costs(asked))


@pytest.mark.parametrize(
    "reply",
    [
        "My team could cover the Tuesday and Wednesday gaps on the rota.",
        "What if we borrowed two nurses from day surgery to fill the rota gaps?",
        "Here's a swap: my ward lends you two nurses for the rota, and in return you cover our "
        "night shift in March.",
    ],
)
def test_an_option_built_on_their_words_does_not_miss_every_key_point(reply: str) -> None:
    result = score(reply, ROTA, key_points=("overtime", "agency"))
    assert not any("missed every key point" in r for r in costs(result)), costs(result)


def test_a_stock_proposal_still_misses_the_key_points() -> None:
    result = score("What if we work together on this?", ROTA, key_points=("overtime", "agency"))
    assert any("missed every key point" in r for r in costs(result))


@pytest.mark.parametrize(
    "reply",
    [
        "How about we offer him the deposit back once the repairs are signed off?",
        "What if we tell him the flat is available again in time for the new tenants?",
    ],
)
def test_a_proposal_asked_as_a_question_answers_their_question(reply: str) -> None:
    result = score(reply, LANDLORD)
    assert any("answered their request" in e.reason for e in result.evidence)


def test_a_vague_proposal_question_does_not_answer() -> None:
    result = score("How about we figure something out?", LANDLORD)
    assert not any("answered their request" in e.reason for e in result.evidence)


@pytest.mark.parametrize(
    ("reply", "act"),
    [
        ("Then let's book a slot with the landlord on Monday and agree the repairs.", "proposal"),
        ("And let's put the deposit question to the agency in writing.", "proposal"),
        ("Here's a trade: we fix the boiler this week, and in return he waives the fee.", "trade"),
        ("Our engineers could take the boiler survey off your hands.", "offer_help"),
    ],
)
def test_the_wording_of_a_plan_names_it(reply: str, act: str) -> None:
    assert act in acts(reply, LANDLORD)


@pytest.mark.parametrize(
    "reply",
    [
        "Let me think about it.",
        "I will wait for you to make the first offer.",
        "I'll see what the landlord says.",
        "Let me know what you think.",
    ],
)
def test_a_promise_to_think_or_wait_is_not_an_offer(reply: str) -> None:
    assert "offer_help" not in acts(reply, LANDLORD)
    assert not any("offers to help" in e.reason for e in score(reply, LANDLORD).evidence)


@pytest.mark.parametrize(
    "reply",
    ["I agree with you on this.", "Let me think about it.", "I'd rather we talk it through."],
)
def test_a_statement_does_not_interrogate(reply: str) -> None:
    assert "interrogation" not in acts(reply, LANDLORD)


HOSPITAL = "My mum has been in hospital since Tuesday, and I've been driving there every night."
APPRAISAL = "I'm worried this incident ends up in my appraisal."


@pytest.mark.parametrize(
    "reply",
    [
        "I'm so sorry about your mum - driving there every night on top of work is a lot.",
        "That sounds exhausting, with the hospital every night.",
    ],
)
def test_an_acknowledgement_of_what_they_told_does_not_miss_every_key_point(reply: str) -> None:
    result = score(reply, HOSPITAL, key_points=("deadline", "handover"))
    assert not any("missed every key point" in r for r in costs(result)), costs(result)


def test_a_stock_acknowledgement_still_misses_the_key_points() -> None:
    result = score("I'm sorry you feel that way.", HOSPITAL, key_points=("deadline", "handover"))
    assert any("missed every key point" in r for r in costs(result))


@pytest.mark.parametrize(
    "reply",
    [
        "The incident has nothing to do with your appraisal, and I'll tell HR so myself.",
        "This review has nothing to do with you personally.",
    ],
)
def test_putting_their_worry_to_rest_is_not_flat_disagreement(reply: str) -> None:
    assert not any("flat disagreement" in r for r in costs(score(reply, APPRAISAL)))


@pytest.mark.parametrize(
    "reply",
    ["That has nothing to do with the budget.", "That has nothing to do with your point."],
)
def test_a_flat_contradiction_still_costs(reply: str) -> None:
    assert any("flat disagreement" in r for r in costs(score(reply, APPRAISAL)))


@pytest.mark.parametrize(
    "reply",
    [
        "I can see Friday matters a lot.",
        "I can tell you're under pressure with the board waiting on Friday.",
        "I could tell the two weeks matter to them.",
    ],
)
def test_i_can_see_perceives_and_commits_to_nothing(reply: str) -> None:
    """Played in compliance_bend: "I can see Friday matters a lot." was shown as "+14
    answered their request with a concrete commitment". Seeing, telling or imagining
    commits to nothing; "I can cover Friday" still does."""
    partner = "Can you sign off on US hosting by Friday so we go live in two weeks?"
    result = score(reply, partner)
    assert not any("answered their request" in e.reason for e in result.evidence)
    offer = score("I can cover the sign-off by Friday noon.", partner)
    assert any("answered their request" in e.reason for e in offer.evidence)
