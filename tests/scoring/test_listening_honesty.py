"""Issue 11, rule 171 (docs/scoring.md): listening evidence that is honest.

Rule 171: acknowledging their view and then flatly denying their account ("I see your point,
but that's just not what happened.") is no receptiveness; disagreeing with a view, doubting in
a hedge, or checking the facts together keeps it.

Partners in engineering, sales, health, HR, public sector and operations.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.denied_account import DENIES_ACCOUNT

from .reasons import reasons, score

REPORT = "Finance wants the quarterly report in their new template, and it takes my team two days."
TESTER = "You promised my team the extra tester, and then you gave her to Sam's team."
DISCHARGE = "The ward discharged my father at midnight with no transport, and he's 84."
REVIEW = "My review says I'm 'not a team player' because I pushed back on the launch date."
PERMIT = "The council rejected our permit twice and never said what was missing."
DEPOT = "The depot moved my shifts to nights without asking, and I have two kids at home."

RECEPTIVE = "engaged with their view before giving yours"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TESTER, "I see your point, but that's just not what happened."),
        (REVIEW, "I understand your perspective, but that simply isn't true."),
        (PERMIT, "I hear what you're saying. You've got it wrong, though: we wrote to you twice."),
        (DISCHARGE, "I understand your concern, but that never happened on our ward."),
    ],
)
def test_their_account_denied_after_an_acknowledgement_is_not_receptive(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert not any(r.startswith(RECEPTIVE) for r in said)
    assert not any(r.startswith("acknowledged their point of view") for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TESTER, "I see your point, but I remember the meeting differently. Can we check notes?"),
        (REVIEW, "I understand your perspective, but I disagree about the launch: it was risky."),
        (
            PERMIT,
            "I see your point about the silence. I'm not sure it's right that we never wrote.",
        ),
        (DEPOT, "I understand your concern. Is it true the rota went out without a call to you?"),
    ],
)
def test_disagreeing_doubting_or_checking_stays_receptive(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert any(r.startswith(RECEPTIVE) for r in said)


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("that's just not what happened", True),
        ("it never happened", True),
        ("you're mistaken about the date", True),
        ("that is simply wrong", True),
        ("I'm not sure that's what happened", False),
        ("I remember it differently", False),
        ("that's not what I'd choose", False),
        ("it's not the money, it's the timing", False),
    ],
)
def test_what_counts_as_a_denial_of_their_account(text: str, denies: bool) -> None:
    assert (DENIES_ACCOUNT.search(text) is not None) is denies
