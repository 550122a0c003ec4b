"""After a no: a "but" turns to another move, not to the one refused; the rule restated is not
an offer; "can't" refuses; and a concession that waits on someone else's yes makes no move yet
(tenth round of issue 12)."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import defers
from roleplay.nlp.intent_refusal import held_parts, offers, refusal_ends
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import DEFERRAL
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import set_matcher, shipped_matcher


@pytest.mark.parametrize(
    "text", ["I can't approve that.", "I cant do it.", "We can’t host it there."]
)
def test_cant_is_a_refusal(text: str) -> None:
    # "can't" was missed (the pattern read "can" + "n't"), so "I can't ..." held nothing
    assert refusal_ends(text)
    assert held_parts(text + " Everyone waits.", [(len(text) + 1, len(text) + 16)]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I can't say I love it.",
        "I can't promise forever.",
        "I can't thank you enough.",
        "I won't pretend it's easy.",
    ],
)
def test_a_hedge_with_cant_refuses_nothing(text: str) -> None:
    assert refusal_ends(text) == []


PERMIT = [
    IntentSpec(
        "waive_permit",
        (
            "OK, go ahead and lift before the permit comes through.",
            "Fine, skip the permit this once and get the crane up.",
            "Sure, lift today and we'll sort the paperwork after.",
        ),
    ),
    IntentSpec(
        "hold_permit",
        (
            "No lift happens without the permit.",
            "We wait for the permit, like always.",
            "The crane stays down until the permit is signed.",
        ),
    ),
    IntentSpec(
        "speed_up_permit",
        (
            "Let me call the council and push the permit through faster.",
            "I'll chase the inspector so we get the permit by Thursday.",
            "We could ask for an emergency inspection.",
        ),
    ),
]


@pytest.mark.parametrize(
    ("scenario", "reply", "refused"),
    [
        (
            "compliance_bend",
            "Two weeks in Virginia is not going to happen, sorry. But let's see if we can get "
            "them live in the EU faster.",
            "concede_us_hosting",
        ),
        (
            "compliance_bend",
            "I can't sign off on the US region. But let's work out how to get them live in "
            "Europe sooner.",
            "concede_us_hosting",
        ),
    ],
)
def test_a_but_after_a_no_turns_to_another_move_not_to_the_one_refused(
    scenario: str, reply: str, refused: str
) -> None:
    assert refused not in shipped_matcher(scenario).matched(reply)


def test_a_but_after_a_no_on_a_building_site() -> None:
    matcher = IntentMatcher(PERMIT)
    reply = "Lifting without the permit is not happening. But let's get the crane up sooner."
    assert "waive_permit" not in matcher.matched(reply)
    # an assent after the no still gives in
    assert "waive_permit" in matcher.matched(
        "No lift without paperwork as a rule. OK, go ahead and lift before the permit lands."
    )


@pytest.mark.parametrize(
    "reply",
    [
        "I can't say I like it, but the US region can work for a few weeks.",
        "I can't promise forever, but Virginia is fine for the first month.",
    ],
)
def test_a_reluctant_concession_after_a_hedge_still_concedes(reply: str) -> None:
    assert "concede_us_hosting" in shipped_matcher("compliance_bend").matched(reply)


def test_the_rule_restated_after_a_no_is_not_an_offer() -> None:
    # discount_desk_dev: heard as offering other value
    matcher = set_matcher("intent_dev/discount_desk_dev.yaml")
    reply = "The answer is still no. They get the standard cap like every other customer."
    assert matcher.matched(reply) == ("hold_the_cap",)
    # an offer after a no, whoever acts in it, is still an offer
    assert "offer_other_value" in matcher.matched(
        "I can't do 40%. A two-year term at the cap would spread the saving."
    )
    assert "offer_other_value" in matcher.matched("I can't do 40%. We could add onboarding.")


def test_offering_intents_are_read_from_who_acts_in_their_examples() -> None:
    assert offers(("We could add onboarding.", "I'll throw in support.", "Let's phase it."))
    assert not offers(("The cap stays at 25%.", "Policy is policy.", "I can't go past 25%."))


@pytest.mark.parametrize(
    ("path", "reply", "conceding"),
    [
        (
            "intent_dev/discount_desk_dev.yaml",
            "40% might work if finance agrees to it first.",
            "approve_discount",
        ),
        (
            "intent_dev/ward_login_dev.yaml",
            "A shared login might be OK if risk management agrees.",
            "allow_shared_login",
        ),
    ],
)
def test_a_concession_that_waits_on_someone_elses_yes_concedes_nothing(
    path: str, reply: str, conceding: str
) -> None:
    assert conceding not in set_matcher(path).matched(reply)


def test_a_condition_on_someone_elses_yes_in_the_shipped_stories() -> None:
    reply = "We could run them out of Virginia for a month if the DPO signs it off."
    matcher = shipped_matcher("compliance_bend")
    assert "concede_us_hosting" not in matcher.matched(reply)
    blocked = next(s for s in matcher.score(reply) if s.name == "concede_us_hosting").blocked
    assert blocked is not None and blocked.startswith("condition:")
    # a condition the speaker or the other person meets is no deferral: it still gives in
    assert "concede_us_hosting" in matcher.matched(
        "I can live with Virginia for two weeks if it gets them live."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We can start the pilot once procurement approves it.", True),
        ("The crane can go up as long as the site manager signs it off.", True),
        ("Ten percent is fine provided the board says yes.", True),
        ("We could do 40% if you agree to three years.", False),  # a trade
        ("I'll sign off if it's only until the EU region is ready.", False),
        ("If we phase it, I can give you ten percent now.", False),
    ],
)
def test_what_waits_on_someone_elses_yes(text: str, expected: bool) -> None:
    assert defers(text) is expected
    assert (part_mood(text) == DEFERRAL) is expected
