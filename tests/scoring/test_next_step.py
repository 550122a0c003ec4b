"""Issue 11, the ninth pass: a concrete next step, a remedy for a complaint and agreeing to their
proposal with a deliverable earn collaboration (docs/scoring.md rule 21). Before, a skilled
plain reply that closed on an owner, a deliverable and a date sat at the 45 collaboration
baseline. Positives in several domains; vague promises, trying, hostile commitments, questions
and date stuffing are the hard negatives."""

from __future__ import annotations

import pytest

from roleplay.scoring.responsive import complains

from .reasons import reasons, score
from .test_genre_constructs import acts

STEP = "concrete next step"
REMEDY = "offered a concrete remedy"

# (partner, reply with a concrete next step, a plain reply without one)
STEPS = [
    (  # incident / customer service: a complaint answered by a remedy and a dated deliverable
        "Thank you for saying it. But your status page said 'all systems operational' for the "
        "first two hours. Two hours!",
        "That's worse than the outage itself, honestly. Nobody owned updating the status page. "
        "From today the incident lead updates it within 15 minutes, and I'll send you the full "
        "timeline by Wednesday.",
        "That's worse than the outage itself, honestly. Nobody owned updating the status page.",
    ),
    (  # healthcare
        "I've been waiting three weeks for my results and nobody has called me!",
        "I'm sorry, that's far too long. I'll chase the lab this afternoon and call you by 5pm "
        "with whatever they have.",
        "I'm sorry, that's far too long.",
    ),
    (  # sales: agreeing to their proposal with a deliverable
        "If we sign this quarter, can you hold the price for two years?",
        "Yes, we can do that: I'll send the revised quote with the locked price by Friday.",
        "Yes, we can do that.",
    ),
    (  # HR
        "I feel like my promotion case went nowhere and nobody told me why.",
        "That's not good enough. I'll book a meeting with the panel chair this week and share "
        "their written feedback with you by the 15th.",
        "That's not good enough.",
    ),
    (  # operations: a standing change
        "The loading dock is blocked again, the morning shift keeps parking in it!",
        "Starting Monday the morning shift parks in bay four, and I'll walk the dock with you on "
        "Tuesday.",
        "The morning shift shouldn't be parking there.",
    ),
    (  # public sector
        "Residents still haven't heard anything about the road closure.",
        "We'll post letters to every household on the street by Thursday and put the diversion "
        "map on the council website today.",
        "Residents should have heard about the closure.",
    ),
    (  # budgeting: a phased plan answering the interest they revealed
        "The target is for the full year, but I have to show it's locked in by Friday.",
        "OK, so if it's the annual figure, we could pause the two contractor renewals now and "
        "push the tooling upgrade into next year.",
        "OK, so it's the annual figure.",
    ),
]


@pytest.mark.parametrize(("partner", "reply", "plain"), STEPS)
def test_a_concrete_next_step_earns_collaboration(partner: str, reply: str, plain: str) -> None:
    with_step = score(reply, partner)
    assert any(STEP in r or REMEDY in r for r in reasons(with_step))
    assert with_step.collaboration >= score(plain, partner).collaboration + 8


def test_agreeing_to_their_proposal_with_a_deliverable() -> None:
    partner = (
        "If I take that now and phase the rest into Q4 with the launch protected and a "
        "checkpoint in week 6, would your team commit to that?"
    )
    reply = (
        "Let's do it: I'll send you the contractor dates and the tooling plan by Thursday so "
        "you have it before the board pack."
    )
    result = score(reply, partner)
    assert any("agreed and committed to a concrete next step" in r for r in reasons(result))
    assert result.collaboration >= 55
    assert result.overall >= 55


def test_a_remedy_answers_a_complaint_with_no_literal_request() -> None:
    partner = "Your status page said 'all systems operational' for two hours. Two hours!"
    reply = "From today the incident lead updates the status page within 15 minutes."
    result = score(reply, partner)
    assert any(REMEDY in r for r in reasons(result))
    assert any("answered their request" in r for r in reasons(result))


@pytest.mark.parametrize(
    "reply",
    [
        "I'll sort something out soon.",  # vague: no time, no deliverable
        "I'll try to get the report done by Friday.",  # trying
        "We'll do our best to have the report by Friday.",
        "I'll think about the pricing by Monday.",
        "I'll get back to you by Friday.",  # a time, nothing delivered
        "I'll report you to HR by Friday.",  # hostile commitments
        "We'll cancel your contract next month.",
        "I'll escalate this to your manager tomorrow.",
        "Can you send me the plan by Friday?",  # a question that asks them to act (rule 114)
    ],
)
def test_no_next_step_credit_for_vague_trying_hostile_or_asked(reply: str) -> None:
    partner = "The report is late again and nobody told us!"
    assert not any(STEP in r or REMEDY in r for r in reasons(score(reply, partner)))


def test_stuffing_dates_earns_at_most_two_next_steps() -> None:
    partner = "Can you get the migration plan to me this week?"
    one = "I'll send you the migration plan by Thursday."
    stuffed = (
        "I'll send you the migration plan by Thursday. I'll book the review for Friday. "
        "I'll circulate the runbook on Monday. I'll schedule the rehearsal for Tuesday. "
        "I'll confirm the cutover window on Wednesday."
    )
    two = "I'll send you the migration plan by Thursday. I'll book the review for Friday."
    steps = [e for e in score(stuffed, partner).evidence if STEP in e.reason]
    assert len(steps) == 2
    assert steps[1].points <= steps[0].points / 2 + 1
    # beyond two next steps only the offers' own diminishing returns (a quarter) remain
    assert score(stuffed, partner).collaboration <= score(two, partner).collaboration + 3
    assert score(two, partner).collaboration <= score(one, partner).collaboration + 6


def test_a_hostile_reply_earns_no_next_step() -> None:
    partner = "The numbers are wrong again!"
    reply = "You're an idiot. I'll redo the numbers by Friday myself."
    result = score(reply, partner)
    assert not any(STEP in r for r in reasons(result))
    assert result.collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "complaint"),
    [
        ("Two hours of downtime and nobody told us. Two hours!", True),
        ("This is unacceptable, we've been let down twice this month.", True),
        ("Thanks so much, that's great!", False),
        ("Hello! How are you today?", False),
        ("The plan is for the full year.", False),
    ],
)
def test_complaints_ask_for_a_remedy(partner: str, complaint: bool) -> None:
    assert complains(partner) is complaint


def test_two_commitments_of_the_speaker_are_no_trade() -> None:
    partner = "Your status page said all systems operational for two hours!"
    reply = (
        "From today the incident lead updates it within 15 minutes, and I'll send you the full "
        "timeline by Wednesday."
    )
    assert not any("offers a trade" in r for r in reasons(score(reply, partner)))
    assert "trade" not in acts(reply, partner)
    trade = "You take the Monday shifts and I'll cover Thursdays."
    assert acts(trade, "We need the rota sorted.") == ["trade"]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [  # a month or an event as the deadline
        (
            "People keep asking when they'll hear back about the consultation.",
            "We'll publish the consultation response on the council site in September.",
        ),
        (
            "My mum's discharge letter still hasn't reached her GP!",
            "I'll fax the discharge letter to her GP before the weekend.",
        ),
        (
            "The client wants to see the new dashboard soon.",
            "We could demo the dashboard before the review and ship the export in April.",
        ),
    ],
)
def test_a_month_or_an_event_is_a_deadline(partner: str, reply: str) -> None:
    assert any(STEP in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    "reply",
    [
        "We'll keep the old servers running for a few weeks.",  # how long, not when
        "By the way, I'll mention the servers to the team.",
        "I may mention the servers to the team.",
    ],
)
def test_a_duration_or_a_filler_is_no_deadline(reply: str) -> None:
    assert not any(STEP in r for r in reasons(score(reply, "What happens to the old servers?")))
