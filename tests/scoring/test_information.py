"""Issue 11, the sixth pass: a general statement of fact informs; it does not restate their point
or take their situation into account, even when it shares their words, speaks of people in
general as "they" or says "your health". Each test failed before the change."""

from __future__ import annotations

from .reasons import reasons, score

ASTHMA = "My son was just diagnosed with asthma and I'm scared he'll have another attack."
DIABETES = "My dad was diagnosed with diabetes last week and he's scared of needles."


def test_a_general_fact_about_people_in_general_earns_nothing_for_their_words() -> None:
    reply = (
        "Most children with asthma control it well with an inhaler, and their symptoms often "
        "ease as they grow."
    )
    result = score(reply, ASTHMA)
    assert not any(r.startswith("picked up their words") for r in reasons(result)), reasons(result)
    assert result.empathy <= 45


def test_a_general_fact_close_to_their_line_is_not_a_restatement() -> None:
    reply = (
        "Diabetes is usually managed with tablets at first, and most people never need needles "
        "for their diabetes."
    )
    result = score(reply, DIABETES)
    assert not any("restates their point" in r for r in reasons(result)), reasons(result)
    assert result.listening <= 45


def test_a_fact_about_their_health_does_not_take_their_situation_into_account() -> None:
    result = score("Regular sleep is important for your health.", ASTHMA)
    empathy = [e.reason for e in result.evidence if e.dimension == "empathy"]
    assert not any(r.startswith("took their situation") for r in empathy), empathy
    assert result.empathy <= 45
