"""A reply that holds a no is not heard as caving, unless it turns explicitly."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_refusal import concedes, held_parts
from roleplay.nlp.intents import IntentMatcher

from .shipped import set_matcher, shipped_matcher, shipped_specs


def _shipped(name: str, only: str) -> IntentMatcher:
    """One intent of a shipped scenario on its own."""
    return IntentMatcher([spec for spec in shipped_specs(name) if spec.name == only])


def test_still_no_then_the_rule_restated_holds_the_permit() -> None:
    # its second sentence alone shares "lift" and "permit" with waiving it
    matcher = set_matcher("intent_fresh/site_permit_fresh.yaml")
    reply = "Still no from me. Every lift gets its permit first, like always."
    assert matcher.matched(reply) == ("hold_permit_rule",)
    waive = next(s for s in matcher.score(reply) if s.name == "waive_permit")
    assert not waive.matched
    assert waive.blocked is not None and waive.blocked.startswith("refusal:")


def test_the_answer_is_still_no_does_not_concede_even_without_a_rival() -> None:
    # with the hold intent of the scenario beside it, support settles this reply; the
    # refusal alone must keep it from conceding the US region too
    matcher = _shipped("compliance_bend", only="concede_us_hosting")
    reply = "The answer is still no. Wait for the EU region like everyone else."
    assert matcher.matched(reply) == ()
    assert shipped_matcher("compliance_bend").matched(reply) == ("hold_eu_rule",)


@pytest.mark.parametrize(
    "reply",
    [
        "No for the full set. OK, go ahead with the US region for the pilot only.",
        "No to everything at once, but fine, go ahead with the US region this once.",
        "I can't promise the EU region in time. Alright, host them in the US for now.",
    ],
)
def test_a_refusal_that_turns_still_concedes(reply: str) -> None:
    assert shipped_matcher("compliance_bend").matched(reply)[:1] == ("concede_us_hosting",)


@pytest.mark.parametrize(
    "reply",
    [
        # the concession comes first: a reason after it refuses nothing it said
        "Fine, host them in the US for now. We can't lose this hospital.",
        # sympathy and stock phrases are no refusal
        "Oh no, that's a lot of pressure. OK, go ahead with the US region temporarily.",
        "No problem. Host them in the US region for the time being.",
    ],
)
def test_no_refusal_before_the_concession_leaves_it_matched(reply: str) -> None:
    assert "concede_us_hosting" in shipped_matcher("compliance_bend").matched(reply)


def test_only_parts_after_an_unturned_refusal_are_held() -> None:
    text = "Still no from me. Every lift gets its permit first, like always."
    held = held_parts(text, [(0, 17), (18, len(text))])
    assert held is not None and held.tolist() == [False, True]
    # a turn between the refusal and the part lets it concede
    text = "No for the full set. OK, go ahead with the US region for the pilot only."
    assert held_parts(text, [(21, len(text))]) is None
    # a question that holds a negator refuses nothing
    text = "Why can't we wait? Host them in the US for now."
    assert held_parts(text, [(19, len(text))]) is None
    # a refusal inside a condition is the condition's
    text = "If the EU region isn't ready, we'll talk. Host them in the US for now."
    assert held_parts(text, [(42, len(text))]) is None


def test_conceding_intents_are_read_from_their_examples() -> None:
    assert concedes(("Fine, lift without the permit.", "OK, go ahead with the pour.", "Skip it."))
    # one assent is not enough: an offer may open with "OK" once
    assert not concedes(("OK, here's what I can do: 10% now.", "We could phase it."))
    assert not concedes(("Yes, I'll present it.", "Agreed, I'll join you."))


@pytest.mark.parametrize(
    "refusal",
    [
        "US hosting isn't possible.",
        "Hosting them in America isn't an option.",
        "Virginia wasn't acceptable then and it isn't now.",
    ],
)
def test_a_refusal_in_the_words_isnt_possible_holds_the_rule(refusal: str) -> None:
    """Played in compliance_bend: "US hosting isn't possible. Let's see if we can get them
    live in the EU faster." was heard as conceding US hosting (its second sentence shares
    "get them live" with a concession); "isn't possible" was not read as a refusal."""
    reply = f"{refusal} Let's see if we can get them live in the EU faster."
    assert "concede_us_hosting" not in shipped_matcher("compliance_bend").matched(reply)
