"""Conversational receptiveness (issue 11): acknowledging the other view or agreeing with part of
it before giving your own engages with their point; a harsh word inside an agreement is not an
attack on their view. Each test failed before the rule existed."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.receptive import RECEPTIVE_REASON, acknowledges_their_view
from roleplay.scoring.semantic import SemanticScorer

CAMPUS = "A student accused of assault should be removed from campus immediately."
EDIT = "The older census figure is the right one and I'm reverting your edit."
ROTA = "Weekend cover should rotate through the whole team, seniors included."


def score(reply: str, partner: str = "") -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def receptive_items(result: Score) -> list[str]:
    return [e.dimension for e in result.evidence if e.reason.startswith(RECEPTIVE_REASON)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I can see where you're coming from, but removal before a hearing goes too far.",
        "I understand why you feel the victim needs protecting.",
        "I completely understand your concern about the older figure.",
        "You make a fair point about the seniors.",
        "You raise some really important questions about weekend cover.",
        "That's a reasonable argument, though the rota has other limits.",
        "I respect your view on this.",
        "I agree that the victim has to feel safe on campus.",
        "I do agree with much of what you said about cover.",
        "For the most part, I agree with the newer census.",
        "You're right that the older figure was cited more often.",
        "It's true that some accusations turn out to be false.",
        "There's some truth in what you say about the seniors.",
        "I tend to agree there is a risk in waiting.",
        "I would have to agree that the coverage shapes how many people see this.",
        "I understand and agree with you about keeping him off the rota for now.",
        "I do understand the need to keep the victim safe.",
        "I understand that the older figure has been cited for years.",
        "You may have a point if we only count the weekday shifts.",
        "It is partly true that the rota favours the seniors.",
        "Your point regarding the overreaction is well-taken.",
    ],
)
def test_acknowledging_or_partly_agreeing_is_recognised(sentence: str) -> None:
    assert acknowledges_their_view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't agree with your point at all.",
        "I can't see your point here.",
        "I do not understand why you would say that.",
        "Do you agree that the victim needs protecting?",
        "I agree.",
        "I completely agree with you.",
        "I wholeheartedly agree.",
        "I don't understand that at all.",
        "I never see the point of these meetings, so I skip them.",
        "We'll have to agree to disagree.",
        "You're not right that the older figure is better.",
        "It is not true that most accusations are false.",
        "The point of the rota is fairness.",
    ],
)
def test_contradiction_questions_and_bare_agreement_are_not(sentence: str) -> None:
    assert not acknowledges_their_view(sentence)


@pytest.mark.parametrize(
    ("receptive", "plain", "partner"),
    [
        (
            "I can see why you'd want the student gone straight away. Still, removal before any "
            "hearing could punish someone who did nothing.",
            "Removal before any hearing could punish someone who did nothing.",
            CAMPUS,
        ),
        (
            "You're right that the older figure was cited for years. The newer census covers "
            "the whole region, though, so I'd keep it.",
            "The newer census covers the whole region, so I'd keep it.",
            EDIT,
        ),
        (
            "I agree that the seniors shouldn't be exempt. The on-call weekends are already "
            "theirs, so counting those would be fairer.",
            "The on-call weekends are already theirs, so counting those would be fairer.",
            ROTA,
        ),
        (
            "I understand your concern about the victim's safety, and I think a no-contact "
            "order would protect her while the case is heard.",
            "A no-contact order would protect her while the case is heard.",
            "",
        ),
    ],
)
def test_engaging_with_their_view_first_scores_higher(
    receptive: str, plain: str, partner: str
) -> None:
    better, worse = score(receptive, partner), score(plain, partner)
    assert sorted(receptive_items(better)) == ["collaboration", "listening"]
    assert receptive_items(worse) == []
    assert better.collaboration > worse.collaboration
    assert better.overall > worse.overall


@pytest.mark.parametrize(
    "reply",
    [
        "I see your point.",
        "I see where you're coming from. I see where you're coming from.",
        "You make a good point. I respect your view.",
    ],
)
def test_an_acknowledgement_with_nothing_of_their_own_earns_no_receptive_credit(
    reply: str,
) -> None:
    assert receptive_items(score(reply, CAMPUS)) == []


@pytest.mark.parametrize(
    "reply",
    [
        "I see your point, but honestly you're an idiot if you think expelling people fixes it.",
        "I understand your concern, but we can't give you any refund on this order.",
        "I see your point. Honestly, only an idiot would think expelling people fixes anything.",
    ],
)
def test_hostility_or_a_hard_no_takes_the_acknowledgement_back(reply: str) -> None:
    assert receptive_items(score(reply, CAMPUS)) == []


@pytest.mark.parametrize(
    "reply",
    [
        "I agree that it's ridiculous to kick someone off campus on an accusation alone.",
        "I totally agree it would be absurd to make the seniors exempt from weekends.",
    ],
)
def test_a_harsh_word_inside_an_agreement_is_not_an_attack(reply: str) -> None:
    result = score(reply, CAMPUS)
    assert not any("attacked their view" in e.reason for e in result.evidence)
    assert result.collaboration > 45


def test_a_harsh_word_against_their_view_is_still_an_attack() -> None:
    result = score("That's ridiculous. Removal before a hearing goes too far.", CAMPUS)
    assert any("attacked their view" in e.reason for e in result.evidence)
    assert result.collaboration <= 30


@pytest.mark.parametrize(
    "reply",
    [
        "Obviously the number of violent interactions is extremely small.",
        "There should obviously be some protection for the victim while it's investigated.",
        "You clearly make some good points here about the benefits of body cameras.",
        "Clearly you are correct that most officers never draw their weapon.",
        "Obviously you're right about the budget, so let's start there.",
    ],
)
def test_obviously_or_clearly_about_the_matter_is_not_an_attack(reply: str) -> None:
    result = score(reply, CAMPUS)
    assert not any("attacked their view" in e.reason for e in result.evidence)
    assert result.collaboration > 30


@pytest.mark.parametrize(
    "reply",
    [
        "Obviously you didn't read the page.",
        "You obviously haven't looked at the numbers.",
        "Clearly you have no idea how a hearing works.",
        "You clearly didn't read the policy.",
    ],
)
def test_obviously_or_clearly_aimed_at_them_is_still_an_attack(reply: str) -> None:
    result = score(reply, CAMPUS)
    assert any("attacked their view" in e.reason for e in result.evidence)
    assert result.collaboration <= 30


@pytest.mark.parametrize(
    "sentence",
    [
        "Since I am getting less food I feel it is fair I get on more firewood.",
        "I see on the rota that Saturday is empty.",
        "I get about two hours of sleep before a shift.",
    ],
)
def test_seeing_or_getting_something_is_not_acknowledging_them(sentence: str) -> None:
    assert not acknowledges_their_view(sentence)
