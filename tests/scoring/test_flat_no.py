"""Saying no (scoring/flat_no.py, docs/scoring.md rule 27): a negated offer is a refusal, a flat
no costs collaboration and sits across the table however it is phrased, and a no with a reason,
an alternative or a question does not. Checked in several domains, with hard negatives."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.flat_no import FLAT_NO_CAP, FLAT_NO_REASON, says_no
from roleplay.scoring.types import Score

BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
CLINIC = "Can you just prescribe me antibiotics? I've got a wedding on Saturday."
LEAVE = "I need this Friday off for my daughter's recital."
ROTA = "Can your team take the on-call rota next week? We're two people down."
REFUND = "I want a full refund for the blender. It broke after two days."
EDIT = "Please restore my edit to the article, the source is fine."


def score(reply: str, partner: str) -> Score:
    return default_scorer().score(ScoreInput(reply, partner))


def flat(result: Score) -> bool:
    return any(
        e.reason.startswith(("flat refusal", FLAT_NO_REASON)) and e.points < 0
        for e in result.evidence
    )


FLAT_NOS = [
    ("No.", BUDGET),
    ("That's not possible.", BUDGET),
    ("I can't give you 30%.", BUDGET),
    ("No, we can't do that.", BUDGET),
    ("Sorry, no.", CLINIC),
    ("I can't prescribe antibiotics for this.", CLINIC),
    ("I'm afraid that won't work.", LEAVE),
    ("We're not able to give you Friday off.", LEAVE),
    ("No, my team can't take it.", ROTA),
    ("That isn't going to happen.", ROTA),
    ("We can't give you a refund.", REFUND),
    ("I understand, but no.", REFUND),
    ("I won't restore it.", EDIT),
    ("Nope.", EDIT),
]


@pytest.mark.parametrize(("reply", "partner"), FLAT_NOS)
def test_a_flat_no_costs_collaboration_and_sits_across_whatever_its_words(
    reply: str, partner: str
) -> None:
    result = score(reply, partner)
    assert result.same_side == "across"
    assert result.collaboration <= FLAT_NO_CAP
    assert flat(result)


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I can't give you 30%.", BUDGET),
        ("We can't offer you a refund.", REFUND),
        ("I can't cover your shift on Friday.", LEAVE),
        ("My team won't take the rota.", ROTA),
    ],
)
def test_a_negated_concession_or_offer_is_no_concession_or_offer(reply: str, partner: str) -> None:
    result = score(reply, partner)
    assert not [e for e in result.evidence if e.dimension == "collaboration" and e.points > 0]
    assert result.same_side != "beside"


@pytest.mark.parametrize(
    ("flat_reply", "answered", "partner"),
    [
        # an explained no
        (
            "I can't give you 30%.",
            "I can't give you 30% because the money is committed to the vendor contract.",
            BUDGET,
        ),
        ("No.", "No. Antibiotics don't work on a virus and they'd upset your stomach.", CLINIC),
        ("No.", "We're at capacity with the migration until June, so no.", ROTA),
        ("No.", "Our audit runs that whole week and I can't change that.", LEAVE),
        # a no with an alternative
        (
            "I can't give you 30%.",
            "I can't give you 30%, but I could find 10% now and look at the rest in October.",
            BUDGET,
        ),
        ("We can't give you a refund.", "No refund, but I can send a new blender today.", REFUND),
        # a no with a curious question
        ("That's not possible.", "That's not possible. What is the recital time?", LEAVE),
        ("Nope.", "I won't restore it yet. Which source did you use?", EDIT),
    ],
)
def test_a_no_with_a_reason_an_alternative_or_a_question_is_not_flat(
    flat_reply: str, answered: str, partner: str
) -> None:
    plain, better = score(flat_reply, partner), score(answered, partner)
    assert not flat(better)
    assert better.same_side != "across"
    assert better.collaboration > plain.collaboration
    assert better.overall > plain.overall


def test_the_alternative_stays_beside_and_well_above_the_flat_no() -> None:
    better = score(
        "I can't give you 30%, but I could find 10% now and look at the rest in October.", BUDGET
    )
    assert better.same_side == "beside"
    assert better.overall >= score("I can't give you 30%.", BUDGET).overall + 8


@pytest.mark.parametrize(
    ("warm_no", "skilled", "partner"),
    [
        (
            "Sounds like the board is really pressuring you. I am so sorry. That must be so "
            "hard. No.",
            "So you need 30% by Friday for the board. Can we look at which projects could slip "
            "to Q4 without hurting the launch?",
            BUDGET,
        ),
        (
            "That must be so stressful with the wedding. I'm so sorry. No.",
            "A wedding on Saturday and feeling rough - what symptoms worry you most?",
            CLINIC,
        ),
    ],
)
def test_stock_sympathy_around_a_flat_no_ranks_below_a_skilled_reply(
    warm_no: str, skilled: str, partner: str
) -> None:
    warm = score(warm_no, partner)
    assert warm.collaboration <= FLAT_NO_CAP
    assert warm.same_side == "across"
    assert warm.overall < score(skilled, partner).overall


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I won't blame you for this.", BUDGET),
        ("I won't let this happen again.", REFUND),
        ("We won't charge you for the repair.", REFUND),
        ("No problem, I'll sort it today.", ROTA),
        ("No worries.", LEAVE),
        ("I can't thank you enough.", ROTA),
        ("I don't see why we can't do that.", LEAVE),
        ("I'm not going to leave you to sort this out alone.", CLINIC),
        ("Oh no.", CLINIC),
        ("I'm not going to argue, that's fair feedback.", EDIT),
        (
            "This won't go anywhere near your performance review.",
            "Am I going to get blamed for the outage in my review?",
        ),
    ],
)
def test_hard_negatives_are_not_refusals(reply: str, partner: str) -> None:
    result = score(reply, partner)
    assert not flat(result)
    assert result.same_side != "across"


@pytest.mark.parametrize(
    "sentence",
    [
        "No problem.",
        "No worries, happy to help.",
        "I can't thank you enough.",
        "I can't wait to see it.",
        "I can't promise it, but I'll try.",
        "Oh no.",
        "Can't we just move it?",
        "I don't see why we can't.",
        "I won't blame you.",
        "I won't let this happen again.",
        "People can't just assume the worst.",
        "You can't judge a whole team by one mistake.",
    ],
)
def test_says_no_ignores_idioms_hedges_questions_and_refusals_to_harm(sentence: str) -> None:
    assert says_no(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    ["No.", "Sorry, no.", "I understand, but no.", "No, sorry, I can't.", "That's not possible."],
)
def test_says_no_reads_each_phrasing(sentence: str) -> None:
    assert says_no(sentence) is not None


def hard(result: Score) -> list[str]:
    return [e.reason for e in result.evidence if e.reason.startswith("acknowledged it's hard")]


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Thirty percent by Friday is a lot.", BUDGET),
        ("That's a big ask.", BUDGET),
        ("A whole week off in the audit is a lot.", "I want next week off, the whole week."),
        ("It's a lot to find by Friday.", BUDGET),
        ("Three extra shifts is a lot.", "Can you cover three extra shifts for me?"),
    ],
)
def test_a_remark_on_the_size_of_their_request_is_no_acknowledgement(
    reply: str, partner: str
) -> None:
    result = score(reply, partner)
    assert not hard(result)
    assert result.empathy <= 50


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        (
            "That's a lot on your plate.",
            "I'm caring for my mum every evening and working full time.",
        ),
        ("That's a lot to deal with.", "My dad is in hospital and the kids are off sick."),
        ("That's a lot.", "My dad is in hospital and the kids are off sick."),
        ("Caring for your mum on top of work is a lot.", "Can I leave early? My mum is ill."),
    ],
)
def test_a_remark_on_their_load_stays_an_acknowledgement(reply: str, partner: str) -> None:
    assert hard(score(reply, partner))


@pytest.mark.parametrize(
    "reply",
    [
        "We can't judge a case on an accusation alone.",
        "No. That's not how it works.",
        "That's not possible.",
    ],
)
def test_without_a_request_a_no_is_an_opinion_not_a_flat_refusal(reply: str) -> None:
    # nothing was asked (no partner line, or one that asks for nothing): no flat no to cap
    for partner in ("", "The media blew the whole story out of proportion."):
        result = score(reply, partner)
        assert not any(e.reason.startswith(FLAT_NO_REASON) for e in result.evidence)
