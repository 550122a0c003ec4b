"""Advice is told to them; a claim of what others should do argues (docs/scoring.md rule 40).

The static encoder read sentences about what someone else should be or do as the righting
reflex and cost them listening ("-9 listening: this sentence jumps to advice"): a legal view
("He should be prosecuted as soon as possible"), a moderation policy ("Moderators should warn
before they ban anyone"), an HR rule ("There shouldn't be any exceptions to the rule"), agreement
at work ("Yeah, that should work.", "That should be okay.") and regret ("I should have saved the
method for a follow-up"). Advice to them - by "you", by an instruction in any clause, by steering
words, or as a question - keeps its cost.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.advice_addressee import tells_no_one

from .reasons import score

ADVICE_ACT = "this sentence jumps to advice"

CLAIMS = [
    # workplace: agreeing to their plan
    ("Can we ship the fix on Thursday?", "Yeah, that should work."),
    # facilities
    ("Will the room be free at two?", "That should be okay."),
    # a legal view in an argument (no partner line, as in the receptiveness essays)
    ("", "He should be prosecuted as soon as possible."),
    # online moderation policy
    ("", "Moderators should warn before they ban anyone."),
    # an HR rule
    ("", "There shouldn't be any exceptions to the rule."),
]


@pytest.mark.parametrize(("partner", "reply"), CLAIMS)
def test_a_claim_of_what_others_should_do_is_no_advice(partner: str, reply: str) -> None:
    reasons = [e.reason for e in score(reply, partner).evidence]
    assert not any(ADVICE_ACT in r for r in reasons), reasons


ADVICE = [
    ("I've had this headache for a month.", "You should see a specialist."),
    (
        "The client says our price is 20% too high.",
        "Clients always say that, stop worrying about it.",
    ),
    (
        "Residents are furious that the permit office closed early again.",
        "Why don't residents just use the website?",
    ),
]


# "stop worrying about it" dismisses what they feel (rule 218), a reading that costs more than
# advice: the instruction keeps a cost either way
COSTLY = (ADVICE_ACT, "dismissed their feelings")


@pytest.mark.parametrize(("partner", "reply"), ADVICE)
def test_advice_to_them_keeps_its_cost(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(any(c in e.reason for c in COSTLY) and e.points < 0 for e in result.evidence), (
        result.evidence
    )


@pytest.mark.parametrize(
    ("text", "no_one"),
    [
        ("Everybody should be given a fair hearing before any punishment.", True),
        ("The trust needs to fund two more nurses on nights.", True),
        ("I should have saved the method for a follow-up.", True),
        ("You should see a specialist.", False),  # told to them
        ("Your team has to sign it off first.", False),
        ("Promotions are political, don't take it personally.", False),  # no claim, and steers
        ("People should just use the website.", False),  # steers
        ("Clients always say that, so stop worrying about it.", False),
        ("Staff should get more breaks, take one now.", False),  # an instruction in a clause
        ("Should the board see it first?", False),  # a question
        ("A walk every day helps with stress.", False),  # a tip with no "should"
    ],
)
def test_what_tells_no_one(text: str, no_one: bool) -> None:
    assert tells_no_one(text) is no_one
