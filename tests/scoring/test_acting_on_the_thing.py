"""Rule 77: "I'll try it again", "I'll add the PO number" commit to an act on the thing
(engineering, finance, public sector, HR); "I'll try.", "I'll try to look at some point",
"I'll add that it worked for me" commit to nothing."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Your patch still fails on my machine.", "I'll try it again and update the comment."),
        (
            "The invoice is missing the PO number again.",
            "I'll add the PO number and resend it today.",
        ),
        (
            "The form crashed when I uploaded my passport scan.",
            "I'll try the upload myself this afternoon.",
        ),
        (
            "Candidates say the job advert doesn't mention the salary.",
            "I'll add a salary range to the advert.",
        ),
    ],
)
def test_trying_or_adding_a_thing_commits_to_an_act(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.collaboration >= 52, reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Your patch still fails on my machine.", "I'll try."),
        ("Your patch still fails on my machine.", "I'll try to look at some point."),
        ("Your patch still fails on my machine.", "I'll add that it worked for me."),
    ],
)
def test_a_hedge_or_a_remark_commits_to_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.collaboration <= 47, reasons(result)
