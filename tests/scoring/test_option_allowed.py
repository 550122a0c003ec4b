"""Rule 76: an option word under a negator of ability ("can't split", "cannot split", "no swap
possible") states what the thing allows, not an unwillingness: no negated support (licences,
vans, rotas, grants); "I won't split", "not offering a phased", "don't compromise" keep it."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def negated_support(result: Score) -> bool:
    return any(r.startswith("negated a supportive phrase") for r in reasons(result))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Can we split the licence between our two teams?",
            "We can't split the licence, it's one seat.",
        ),
        (
            "Could we share the van on Thursday?",
            "We cannot split the van, it has two seats and we need both.",
        ),
        (
            "Can we trade my on-call week for yours?",
            "There's no swap possible in the rota tool before March, sadly.",
        ),
        (
            "Can the grant be split across both schools?",
            "The grant can not be split, the rules fund one school per bid.",
        ),
    ],
)
def test_an_option_the_thing_does_not_allow_is_no_negated_support(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not negated_support(result), reasons(result)
    assert result.empathy >= 40, reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Can we split the licence between our two teams?", "I won't split the licence."),
        ("Can we phase the rollout?", "I'm not offering a phased rollout."),
        ("Would you meet us halfway on price?", "We don't compromise on price."),
    ],
)
def test_an_unwilling_no_to_an_option_is_still_negated_support(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert negated_support(result), reasons(result)
