"""Issue 11, the ninth pass: cue words in their own sense (docs/scoring.md rule 22). An option
word naming their request or their alternatives proposes nothing, and negated it is no negated
support; "you need to" in a question asking what they need is no advice."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

SWAP = (
    "Hey, I need a huge favour. Can you take my on-call week over the holidays? Something came "
    "up and I really need to swap."
)
STAYING = (
    "We've been with you six years and this is how you treat us. I'm looking at other vendors."
)


def test_naming_their_swap_is_not_proposing_one() -> None:
    reply = (
        "That sounds like a rough week, and I don't want to make it worse. Can you tell me what's "
        "driving the swap?"
    )
    result = score(reply, SWAP)
    assert not any("proposed an option" in r for r in reasons(result))
    assert any("asked about their needs" in r for r in reasons(result))


def test_granting_their_options_is_not_negated_support() -> None:
    reply = (
        "I won't pretend you have no options. What would you need to see from us in the next "
        "month to feel confident staying?"
    )
    result = score(reply, STAYING)
    assert not any("negated a supportive phrase" in r for r in reasons(result))
    assert not any("jumped to advice" in r for r in reasons(result))
    assert result.same_side != "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Can we sort the rota out?", "We could swap Tuesday for Thursday if that helps."),
        ("The budget is tight.", "There are a few options: pause hiring or phase the tooling."),
        ("What can we do about the backlog?", "One option is to split the queue by region."),
    ],
)
def test_offering_an_option_still_proposes_one(partner: str, reply: str) -> None:
    assert any("proposed an option" in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("reply", "advice"),
    [
        ("What would you need to see from us to stay?", False),
        ("What do you need to feel ready for the audit?", False),
        ("You need to fill in the form again.", True),
        ("Honestly, you have to talk to your manager about it.", True),
    ],
)
def test_you_need_to_in_a_question_about_their_needs_is_no_advice(reply: str, advice: bool) -> None:
    found = any("jumped to advice" in r for r in reasons(score(reply, "I'm not sure about this.")))
    assert found is advice
