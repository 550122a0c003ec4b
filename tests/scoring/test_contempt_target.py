"""Contempt for their request is no acknowledgement; contempt for what was done to them takes
their side (docs/scoring.md rule 55).

From a user (issue 11's known defects): "Honestly this is a stupid request but we can phase it."
earned `acknowledges how they feel` beside its attack. And the bare contempt words of the
`attack` cue ("ridiculous", "absurd", "stupid") read "It's absurd that you were left to handle
it alone" as an attack on their view, with the hostility cap.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

ACK = "acknowledges how they feel"
ATTACK = "attacked their view"

CONTEMPT = [
    # engineering
    (
        "I need the full feature set by March.",
        "Honestly this is a stupid request but we can phase it.",
    ),
    # HR
    (
        "I'd like to move to a four-day week from June.",
        "I understand, but that's a ridiculous thing to ask for.",
    ),
    # health
    (
        "I want a second opinion before the operation.",
        "I get that you're worried, but this is an absurd request.",
    ),
    # public sector
    (
        "We want the council to reopen the library on Saturdays.",
        "I hear you, but your proposal is ridiculous.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), CONTEMPT)
def test_contempt_for_their_request_costs_and_acknowledges_nothing(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any(ATTACK in r for r in found), found
    assert not any(ACK in r for r in found), found
    assert result.empathy <= 30 and result.collaboration <= 30


SIDING = [
    # engineering
    (
        "They dumped the whole migration on me with two days' notice.",
        "It's absurd that you were left to handle it alone.",
    ),
    # HR
    (
        "My manager read out my sick days in the team meeting.",
        "Honestly, the way they treated you is ridiculous.",
    ),
    # operations
    (
        "I've been asked to cover three sites this week on my own.",
        "That's a ridiculous amount of work to land on you.",
    ),
    # housing
    (
        "The landlord says the mould is my fault for drying clothes inside.",
        "It's nonsense that they're putting the mould on you.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), SIDING)
def test_contempt_for_what_was_done_to_them_takes_their_side(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any(ATTACK in r or "hostility" in r for r in found), found
    assert any("validated their view" in r for r in found), found
    assert result.empathy > 50


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I think the rota is unfair to parents.",
            "Your plan is ridiculous, they will never agree.",
        ),
        ("I think the rota is unfair to parents.", "You're being absurd, they have it easy."),
        ("The new rota is unfair to parents.", "Ridiculous. Nobody else has complained."),
        # an essay with no partner: no one to side with
        ("", "It's a ridiculous thing that happened, and he should be punished."),
    ],
)
def test_contempt_for_their_view_or_with_no_one_wronged_still_attacks(
    partner: str, reply: str
) -> None:
    assert any(ATTACK in r for r in reasons(score(reply, partner)))
