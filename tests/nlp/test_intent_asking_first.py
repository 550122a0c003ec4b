"""Asking someone else first is a check before the move, not the move (issue 12, found writing a
scenario from docs/authoring.md as a trainer): "I'll ask the landlord whether he'd consider a rent
reduction" was heard as offering the reduction (lint called the trainer's near-miss RP418) and,
with the near-miss in place, as the refusal beside it. Like "Let me check with finance", it now
waits: it matches nothing, and a time promised still makes it a commitment."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import checks
from roleplay.nlp.intents import IntentMatcher, IntentSpec

RENT = IntentMatcher(  # a tenant wants money back for eleven weeks of building works
    [
        IntentSpec(
            "offer_rent_reduction",
            (
                "I can take a quarter off your rent for every week the scaffolding is up.",
                "We'll refund part of the rent for the eleven weeks of works.",
                "The landlord has agreed I can offer you a rent discount.",
                "How about 25% off the rent, backdated to when the scaffolding went up?",
                "I'll credit you half a month's rent for the disruption so far.",
            ),
        ),
        IntentSpec(
            "refuse_any_reduction",
            (
                "There's no rent reduction for building works, I'm afraid.",
                "I can't give you any money back for the scaffolding.",
                "We won't be refunding rent, the building has to be maintained.",
                "Rent isn't reduced for repairs, that's in your contract.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll ask the landlord whether he'd consider a rent reduction.",
        "Let me ask my manager if we can waive it.",
        "We'll need to ask the owners whether a refund is possible.",
    ],
)
def test_asking_someone_else_first_is_a_check(sentence: str) -> None:
    assert checks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I want to ask you if you'd stay once the drilling stops.",  # a question to them
        "I'd like to ask whether you'd stay.",
        "I'll ask the landlord whether he'd consider it and call you by Friday.",  # a time
        "I'll ask the contractor to start after midday.",  # a move: telling them to
    ],
)
def test_a_question_to_them_a_promised_time_or_an_instruction_is_no_check(sentence: str) -> None:
    assert not checks(sentence)


def test_asking_the_landlord_first_offers_nothing_and_refuses_nothing() -> None:
    assert RENT.matched("I'll ask the landlord whether he'd consider a rent reduction.") == ()


def test_the_offer_itself_still_matches() -> None:
    got = RENT.matched("The landlord says I can knock a quarter off your rent for the works.")
    assert got[:1] == ("offer_rent_reduction",), got
