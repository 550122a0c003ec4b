"""Product sanity for the default scorer: a plain decent reply outranks every gaming probe, and
each anti-gaming rule holds on its own."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput, default_scorer
from roleplay.scoring.cue_acts import CUE_ACTS

BOARD = (
    "I need the full 30% cut in the plan by Friday. The board meets Monday and I can't walk in "
    "with nothing."
)
SKILLED = (
    "Friday is tight. Before I commit, is the board after the annual number or this quarter? "
    "If it's the year, we might phase some of it."
)
PROBES = [
    "I understand how you feel. " * 4,
    "I understand how you feel. I hear you. That must be hard. I appreciate you. "
    "Let's work together. We're in this together.",
    "OK.",
    "No.",
    "Sure, whatever you want.",
    "together together we we let's us our together we let's",
    "I understand how you feel. What matters most to you? Let's work together. "
    "Now go away, you're an idiot.",
    "Oh no, a board meeting, however will you survive.",
    "Why didn't you ask for this earlier? Why is it always last minute?",
]


def score(reply: str, partner: str = BOARD) -> Score:
    return default_scorer().score(ScoreInput(reply, partner))


def test_a_skilled_plain_reply_lands_well_above_the_neutral_band() -> None:
    assert score(SKILLED).overall >= 60


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[:30])
def test_a_skilled_plain_reply_beats_every_probe(probe: str) -> None:
    assert score(SKILLED).overall > score(probe).overall


def test_ok_and_no_are_low_information() -> None:
    for reply in ("OK.", "No."):
        result = score(reply)
        assert result.overall < 45 and result.listening < 45


def test_caving_is_not_collaboration() -> None:
    caving = score("Sure, whatever you want.")
    proposal = score("Could we phase it: a third now and the rest once the launch is out?")
    assert caving.collaboration <= 45 < proposal.collaboration
    assert caving.same_side != "beside"


def test_a_clarifying_closed_question_is_credited_as_a_question() -> None:
    named = [
        n for n, p in CUE_ACTS if p.search("Before I commit, is the board after this quarter?")
    ]
    assert named == ["curious_question"]
    rhetorical = "Is that really so hard to understand?"
    assert not any(p.search(rhetorical) for n, p in CUE_ACTS if n == "curious_question")
    asked = score("Is the 30% for this quarter or for the whole year?")
    assert asked.listening > score("The 30% is for this quarter.").listening


def test_a_restatement_counts_as_reflection_even_when_it_resembles_another_act() -> None:
    partner = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."
    reflection = "So the bugs keep coming and Friday isn't moving."
    sentences = default_scorer().sentences(ScoreInput(reflection, partner))  # type: ignore[attr-defined]
    assert sentences[0].act.act == "reflection"
    assert (
        score(reflection, partner).listening
        > score("Everyone is tired before a release.", partner).listening
    )


def test_hostility_caps_the_overall_score_too() -> None:
    warm = "I understand how you feel. What matters most to you? Let's work together."
    hostile = score(warm + " Now go away, you're an idiot.")
    assert hostile.overall <= round((30 + 30 + 50) / 3)
    assert hostile.overall < score(warm).overall


def test_another_form_of_a_key_points_word_picks_it_up() -> None:
    item = ScoreInput(
        "That overrun sounds painful to explain.",
        "Last year a team overran in Q4.",
        key_points=("overran",),
    )
    result = default_scorer().score(item)
    assert not any("missed every key point" in e.reason for e in result.evidence)


@pytest.mark.parametrize(
    "mocking",
    [
        "Poor you, reading a contract, what a hardship for a lawyer.",
        "Oh no, three whole projects, however will you survive.",
    ],
)
def test_mock_sympathy_earns_no_empathy(mocking: str) -> None:
    partner = "I have three projects due this week and a contract to review."
    assert score(mocking, partner).empathy < 45 < score("That's a heavy week.", partner).empathy


def test_a_conditional_offer_is_not_blame() -> None:
    partner = "Customers are yelling at me because the card machine is down again."
    offer = score("If you keep the queue moving, I'll call the repair line.", partner)
    assert not any("blamed" in e.reason for e in offer.evidence)
    assert offer.collaboration > 45
    assert any("blamed" in e.reason for e in score("You keep changing the plan.").evidence)


def test_a_statement_is_not_credited_as_a_question() -> None:
    sentences = default_scorer().sentences(ScoreInput("You keep changing the plan.", BOARD))  # type: ignore[attr-defined]
    assert sentences[0].act.act != "curious_question"


def test_brushing_it_off_costs_empathy() -> None:
    partner = "Customers are yelling at me because the card machine is down again."
    assert score("Customers yell, you'll get used to it.", partner).empathy < 45


def test_a_specific_validation_engages_and_earns_full_credit() -> None:
    partner = "My piece was cut in half an hour before print."
    specific = score("That's frustrating after all the reporting you put in.", partner)
    assert not any("partial credit" in e.reason for e in specific.evidence)
    assert specific.empathy > score("I understand how you feel. " * 5, partner).empathy


@pytest.mark.parametrize("reply", ["Let's make a deal!", "We'll sort it, they've agreed."])
def test_contractions_are_not_keyboard_mash(reply: str) -> None:
    assert score(reply).scored


def test_asking_for_something_is_not_an_offer_of_help() -> None:
    request = "Can I have two of the firewood packages?"
    assert not any(n == "offer_help" and p.search(request) for n, p in CUE_ACTS)
