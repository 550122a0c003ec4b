"""Issue 11, the fifth pass: hostility in online disputes that the wording rules missed, and
empathic wording read as something else. Each case failed before its rule; each kept case pins
that the plain or friendly reading stays as it was."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score

from .reasons import reasons
from .reasons import score as score_with

EDIT = "Your edit removed the criticism section, and I am putting it back."
POSTS = "The neighbourhood group keeps deleting my posts about the new bike lane."


def score(reply: str, partner: str = EDIT) -> Score:
    return score_with(reply, partner)


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        # keeping them out of a shared space, or sending them elsewhere
        ("This group isn't for your political campaigns.", POSTS),
        ("Wikipedia is not your soapbox.", EDIT),
        ("Go rant somewhere else.", POSTS),
        # their right to a view, their homework without a "before"
        ("Nobody asked for your opinion on the criticism section.", EDIT),
        ("Educate yourself, the section is sourced.", EDIT),
        ("Do your own research.", EDIT),
        # a threat as an ultimatum, contempt, an insult to their work
        ("Stop vandalising the page or I will report you.", EDIT),
        ("Typical. You revert whenever someone disagrees.", EDIT),
        ("Your sources are garbage and so is your edit.", EDIT),
    ],
)
def test_hostility_in_a_dispute_caps_collaboration(reply: str, partner: str) -> None:
    result = score(reply, partner)
    assert result.collaboration <= 30, reasons(result)
    assert result.empathy <= 35, reasons(result)


@pytest.mark.parametrize(
    "reply",
    [
        "This page is about the bike lane, so I moved your post to the transport thread.",
        "It is typical for the region to close the lane in winter.",
        "Your sources are solid, and the section can stay.",
    ],
)
def test_plain_moderation_and_praise_are_not_hostile(reply: str) -> None:
    result = score(reply, POSTS)
    assert result.collaboration >= 45, reasons(result)


def test_being_open_to_their_version_on_a_condition_is_a_trade() -> None:
    result = score("I'm open to keeping it if we find a reliable source.")
    assert any(r.startswith("offered a trade") for r in reasons(result)), reasons(result)
    assert result.collaboration >= 55


@pytest.mark.parametrize(
    ("reply", "feeling"),
    [("You must be exhausted after that shift.", True), ("You must call the GP today.", False)],
)
def test_you_must_be_infers_a_feeling_not_advice(reply: str, feeling: bool) -> None:
    advice = [r for r in reasons(score(reply, "My shift ran sixteen hours.")) if "advice" in r]
    assert bool(advice) is not feeling


def test_a_feeling_word_far_after_so_is_not_theirs() -> None:
    result = score(
        "Alcohol is a depressant, so it actually makes stress worse in the long run.",
        "My doctor says I need to cut down on drinking.",
    )
    assert not [r for r in reasons(result) if r.startswith("named a feeling")], reasons(result)
    assert [r for r in reasons(score("So frustrating!", "x")) if r.startswith("named a feeling")]
