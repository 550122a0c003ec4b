"""Rule 73: a short statement that carries their story on (an inference about someone or
something of their line) is a reflection, so it engages with them and earns listening; a ruling,
a verdict, a reassurance or the speaker's own next move in the same shape is not. The examples
are new (engineering, sales, health, HR, public sector, support), not the pair sets' lines."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.their_story import carries_their_story

from .reasons import reasons

ON_CALL = (
    "The pager went off four times last night and the runbook was out of date for every alert."
)
DEAL = "The customer signed with us in March, and now their CFO wants to renegotiate the whole contract."
SCAN = "My dad had his biopsy on Monday and the hospital still hasn't called him with the result."
REVIEW = "My manager rated me 'meets expectations' after I led the migration on my own."
PERMIT = "I applied for the parking permit in June and the council lost my form twice."
CARER = "My mum moved into the care home last week. She keeps asking when she can go home."
NOT_ENGAGED = "didn't engage with what they said"


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ON_CALL, "So the docs were no help at three in the morning."),
        (DEAL, "They're reopening something you thought was closed."),
        (SCAN, "And the call still hasn't come."),
        (REVIEW, "Your work on the migration was barely counted."),
        (PERMIT, "Your form was lost twice, through no fault of yours."),
        (CARER, "She hasn't settled yet."),
    ],
)
def test_an_inference_about_their_story_is_read_as_a_reflection(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert NOT_ENGAGED not in reasons(result), reasons(result)
    assert result.listening >= 45, reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a ruling, the speaker's verdict, a reassurance, an excuse, a reproach
        (DEAL, "The contract stays as it is."),
        (REVIEW, "The rating was fair."),
        (SCAN, "He'll probably be fine."),
        (CARER, "She didn't mean it."),
        (ON_CALL, "The runbook was your job to update."),
        # the speaker's or their next move after "and" / "so"
        (DEAL, "And you can have the discount if they sign for two years."),
        (PERMIT, "So I'll chase the council this afternoon."),
    ],
)
def test_rulings_verdicts_and_next_moves_are_no_story_of_theirs(partner: str, reply: str) -> None:
    assert not carries_their_story(reply, partner, 0.5)


def test_a_pronoun_needs_someone_in_their_line_to_stand_for() -> None:
    # their line names no woman: "she" is someone else
    assert not carries_their_story("She didn't reply either.", ON_CALL, 0.5)
    assert carries_their_story("She hasn't settled yet.", CARER, 0.5)


def test_an_inference_must_be_anchored_in_their_line() -> None:
    # neither their words nor close in meaning: another subject
    assert not carries_their_story("So the canteen is closed on Fridays.", SCAN, 0.1)
    assert carries_their_story("So the canteen is closed on Fridays.", SCAN, 0.4)


def test_a_story_reflection_ranks_above_a_remark_in_their_words() -> None:
    reflection = score("So the hospital has had four days and said nothing.", SCAN)
    remark = score("Hospitals are slow with results at this time of year.", SCAN)
    assert reflection.listening > remark.listening, (reasons(reflection), reasons(remark))
    assert reflection.overall > remark.overall, (reasons(reflection), reasons(remark))


def test_hostility_still_caps_a_reflection() -> None:
    # the new credit does not get round the hostility cap
    result = score("Your form was lost twice. Honestly, you people are idiots.", PERMIT)
    assert result.empathy <= 30 and result.collaboration <= 30, reasons(result)
