"""Idioms the scorer read in the wrong sense (issue 11, lead's probes of the fifteenth pass),
in several domains. Each misread case failed before its fix; each kept case pins that the rule
still fires in its own sense."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "The new scheduling system is a disaster, nurses are double-booked every week.",
            "Ugh, tell me about it.",
        ),
        ("Month-end close is killing me this quarter.", "Oh, tell me about it!"),
        ("These flaky integration tests waste half my morning.", "Tell me about it."),
        ("My landlord still hasn't fixed the heating.", "Tell me about it, mine's the same."),
    ],
)
def test_tell_me_about_it_commiserates_and_asks_nothing(partner: str, reply: str) -> None:
    assert "curious_question" not in acts(reply, partner)
    assert not [r for r in reasons(score(reply, partner)) if "asks about what matters" in r]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("The audit was a nightmare.", "Tell me about the audit, what went wrong first?"),
        ("I had a rough night on call.", "Tell me about it if you want to, I'm listening."),
    ],
)
def test_an_invitation_to_tell_still_asks(partner: str, reply: str) -> None:
    assert "curious_question" in acts(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Why should I compromise when I'm the one who was wronged?", "You don't have to."),
        ("Do I really have to decide on the offer today?", "You don't have to decide today."),
        ("Should I apologise to the client again?", "You don't have to apologise again."),
        ("Must I present the results myself?", "You won't have to present if you'd rather not."),
    ],
)
def test_releasing_them_from_an_obligation_does_not_play_down_a_need(
    partner: str, reply: str
) -> None:
    assert not [r for r in reasons(score(reply, partner)) if "played down what they need" in r]


def test_saying_they_need_less_still_plays_it_down() -> None:
    reply = "You don't need that much water, you can always boil some from the lake."
    assert [r for r in reasons(score(reply)) if "played down what they need" in r]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Why should I compromise when I'm the one who was wronged?", "You're exaggerating."),
        ("The new rota is ruining my weekends.", "Stop exaggerating, it's two Saturdays."),
        ("I think my manager is sidelining me.", "You're imagining things."),
        ("The customer was really aggressive on the phone.", "It's all in your head."),
    ],
)
def test_telling_them_they_exaggerate_dismisses_how_they_feel(partner: str, reply: str) -> None:
    assert [r for r in reasons(score(reply, partner)) if "dismissed their feelings" in r]


@pytest.mark.parametrize(
    "reply",
    [
        "You're not exaggerating, it really was that bad.",
        "Tell me if you think I'm exaggerating the risk.",
        "I'm not imagining that the build got slower, am I?",
    ],
)
def test_denying_an_exaggeration_dismisses_nothing(reply: str) -> None:
    assert not [r for r in reasons(score(reply)) if "dismissed their feelings" in r]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've been doing the lead's job for a year without the title or the pay.",
            "Let's put together the evidence from this year and take it to the panel in March"
            " together.",
        ),
        (
            "The clinic keeps double-booking our nurses.",
            "Let's sit down together with the rota and the booking log on Thursday.",
        ),
        (
            "Our two teams keep overwriting each other's config.",
            "Let's agree together on one owner per config file before Friday's release.",
        ),
    ],
)
def test_a_proposal_that_names_its_matter_is_no_stock_phrase(partner: str, reply: str) -> None:
    # near "Let's work together on this." to the encoder, but its words say what it proposes
    assert acts(reply, partner) == ["proposal"]


@pytest.mark.parametrize(
    "reply", ["Let's work together on this.", "We're all in this together.", "I hear you."]
)
def test_a_stock_phrase_stays_one(reply: str) -> None:
    assert acts(reply, "The clinic keeps double-booking our nurses.") == ["stock_phrase"]
