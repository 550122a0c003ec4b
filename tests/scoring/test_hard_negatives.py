"""Issue 11, the sixth pass: hard negatives in disputes and support. Mock catastrophe is sarcasm;
a put-down of their capacity in polite words, or keeping them out of the activity itself, talks
down; recommending by evaluation ("the kindest thing for you would be to ...") is advice however
warm its words; a stock phrase about their feelings is not engaging with their view. And an
option put as a question ("Would a weekly check-in work for you?") is a proposal. Each test
failed before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts

PARTY = "The council cancelled our street party and nobody told us why."
EDITS = "You reverted my edit to the tram timetable page without any explanation."
RENT = "My landlord has put the rent up again and I don't know how we'll manage."


@pytest.mark.parametrize(
    "reply",
    [
        "Oh no, a cancelled street party, the horror.",
        "A street party got cancelled. Alert the media.",
        "How will you ever recover from this?",
    ],
)
def test_mock_catastrophe_is_sarcasm_and_caps_empathy(reply: str) -> None:
    result = score(reply, PARTY)
    assert result.empathy <= 30, reasons(result)
    assert result.same_side == "across"


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sure you're trying, but timetables are clearly not your strong suit.",
        "If you can't follow basic sourcing rules, maybe editing isn't for you.",
        "Honestly, this is a bit above your pay grade.",
    ],
)
def test_a_polite_put_down_of_their_capacity_talks_down(reply: str) -> None:
    assert "condescension" in acts(reply, EDITS)
    result = score(reply, EDITS)
    assert result.collaboration <= 30, reasons(result)


@pytest.mark.parametrize(
    "reply",
    [
        "I totally get it, and honestly the best thing you can do is to move somewhere cheaper.",
        "Your only option is to take in a lodger.",
        "Honestly the smartest move for both of you would be to ask for a rent tribunal.",
    ],
)
def test_recommending_by_evaluation_is_advice(reply: str) -> None:
    assert acts(reply, RENT)[-1] == "advice"
    plain = score("You're already stretched, and now another rise on top.", RENT)
    assert score(reply, RENT).listening < plain.listening


def test_a_stock_phrase_about_their_feelings_is_not_engaging_with_their_view() -> None:
    stock = score(
        "I totally understand how you feel. Have you thought about asking for a payment plan?",
        RENT,
    )
    assert not any(r.startswith("engaged with their view") for r in reasons(stock))
    view = score(
        "I can see why you're worried about the rise, but I think the tribunal might cap it.",
        RENT,
    )
    assert any(r.startswith("engaged with their view") for r in reasons(view)), reasons(view)


@pytest.mark.parametrize(
    "reply", ["Would a weekly check-in work for you?", "Would a short note in the credits help?"]
)
def test_an_option_put_as_a_question_is_a_proposal(reply: str) -> None:
    assert acts(reply, EDITS) == ["proposal"]
    assert score(reply, EDITS).collaboration > 45
