"""Rule 261: "you need a holiday" prescribes a need of the speaker's choosing; it is advice
framed as a reflection, not a reflection. Positives in counselling, health, education, HR,
engineering and parenting, each credited `reflected what they said` before the change; hard
negatives: a need their line names, a negotiation's weighed needs, an offer, a clause of
theirs, a pronoun, generic "sometimes you need", a question."""

from __future__ import annotations

import pytest

from roleplay.scoring.prescribed_need import prescriptions

from .reasons import reasons, score

BAR = "I failed the bar exam for the second time. My study group all passed."
NURSE = "I've been a nurse for twenty years and I dread every shift now."
HOUSE = "My brother sold mum's house while I was abroad. He didn't even ring me."
ONCALL = "I've been on call three weekends in a row and nobody on the team has offered to swap."
BABY = "She's four months old and still wakes every two hours. I haven't slept in weeks."
REVIEW = "My manager said my review was 'fine' and then gave the promotion to someone else."
WATER = "I need water more than firewood, we're camping by a dry lake."
FRIDAY = "Finance wants a number by Friday and I have to be able to defend it."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BAR, "It sounds like you need a different study method, maybe a prep course."),
        (NURSE, "Burnout is real. You need a holiday."),
        (HOUSE, "It sounds like what you need is closure, maybe write the house a letter."),
        (ONCALL, "Honestly, you need a firmer boundary with your lead."),
        (BABY, "What you need is a strict routine: feeds at set times and bath at seven."),
        (REVIEW, "I think you need a mentor outside your department."),
    ],
)
def test_a_need_of_the_speakers_choosing_is_advice(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any(r.startswith("reflected what they said") for r in found), found
    assert any(r.startswith("jumped to advice") for r in found), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WATER, "So you need the water, and the firewood can go to me."),  # their need, named
        (WATER, "You need water and I need food, so let's split the rest."),  # weighed needs
        (BABY, "Call me if you need anything tonight."),  # an offer
        (ONCALL, "You said you need a weekend off before the release."),  # their words reported
        (FRIDAY, "So you need one you can defend by Friday."),  # a pronoun: their number
        (NURSE, "Sometimes you need a break from something you love."),  # generic "you"
        (BAR, "Do you need a different study method, or more time?"),  # a question
    ],
)
def test_no_prescription(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any(r.startswith("jumped to advice") for r in found), found


def test_the_clause_is_found_where_it_is() -> None:
    text = "It sounds like you need a holiday, and soon."
    found = prescriptions(text, NURSE)
    assert len(found) == 1
    start, need, end = found[0]
    assert (start, text[need:end]) == (0, "you need a holiday")
    assert prescriptions(text, "") == []
