"""Owning a mistake is an apology; an acknowledgement answered with the rules of the account is a
brush-off (issue 11, lead's probes of the fifteenth pass, rule 35). Each misread case failed
before its fix; each kept case pins that the rule leaves a sincere reply alone."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

REPAIR = "I'm not paying for a repair that your technician botched."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPAIR, "I understand your frustration, however the invoice is due in 14 days."),
        (REPAIR, "I understand your frustration. The invoice is still due in 14 days."),
        (
            "The gym charged me for a month I had frozen.",
            "I'm sorry you're upset, but we can't make an exception.",
        ),
        (
            "I cancelled the course a week before it started and you kept my money.",
            "I hear you. Unfortunately the deposit is non-refundable.",
        ),
        (
            "The hospital billed me twice for the same scan.",
            "I understand, but the balance remains payable by Friday.",
        ),
    ],
)
def test_an_acknowledgement_answered_with_the_account_rules_is_a_brush_off(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if "sent them to a process" in r]
    assert result.empathy < 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            REPAIR,
            "I hear you. The fee is due, but I'll waive it if the notes show the fault was ours.",
        ),
        (REPAIR, "The invoice is due on the 14th; I've paused it while we check the notes."),
    ],
)
def test_the_rules_stated_beside_an_offer_to_act_are_no_brush_off(partner: str, reply: str) -> None:
    assert not [r for r in reasons(score(reply, partner)) if "sent them to a process" in r]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "You promised the feature for this release and now it's gone.",
            "We did promise it, and pulling it without telling you was wrong.",
        ),
        (
            "Your team broke production twice this month.",
            "Twice in a month is too much; it's on us.",
        ),
        ("The handover notes were missing again.", "We dropped the ball on the handover."),
        ("Nobody told the ward the rota had changed.", "I take responsibility for that."),
        (
            "The draft went to the client with my old figures.",
            "We got that wrong, and I'll fix it.",
        ),
    ],
)
def test_owning_the_mistake_is_an_apology(partner: str, reply: str) -> None:
    assert [r for r in reasons(score(reply, partner)) if r.startswith("apologised")]


@pytest.mark.parametrize(
    "reply",
    [
        "It wasn't our fault, the vendor shipped late.",
        "That's on you, not us.",
        "You should have told us earlier.",
    ],
)
def test_denying_or_pushing_it_back_is_no_apology(reply: str) -> None:
    assert not [r for r in reasons(score(reply)) if r.startswith("apologised")]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "We can't hit the Q3 date with two engineers out.",
            "I'm not moving the date, but I can lend you one engineer from platform for six weeks.",
        ),
        (
            "The conference budget won't cover all four of us.",
            "I can't add to the budget, but I can cover one more pass from the training fund.",
        ),
        (
            "My mum needs me at her appointments on Tuesdays.",
            "Tuesdays off isn't possible, but I'll move your late shift to Monday.",
        ),
    ],
)
def test_a_no_then_an_offer_in_one_sentence_offers_help(partner: str, reply: str) -> None:
    assert [r for r in reasons(score(reply, partner)) if "offers to help" in r]


@pytest.mark.parametrize(
    "reply",
    [
        "I'd like to, but I can't this week.",
        "It's not ideal, but we can't change it now.",
        "I hear you, but I won't be lending anyone.",
    ],
)
def test_a_no_after_but_offers_nothing(reply: str) -> None:
    assert not [r for r in reasons(score(reply)) if "offers to help" in r]


def test_wanting_something_after_but_offers_nothing() -> None:
    reply = "That sounds like a good deal but I could use some firewood as well."
    assert not [r for r in reasons(score(reply)) if "offers to help" in r]
