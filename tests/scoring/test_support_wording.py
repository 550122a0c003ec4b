"""Issue 11, the sixth pass: emotional-support wording. Premature reassurance brushes the feeling
aside; "that would make anyone ..." normalises it; a "So ..." summary that speaks of them
restates their side; a general statement of fact read faintly as an acknowledgement informs;
the speaker's own story does not acknowledge theirs. Each test failed before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts

COUSIN = "My cousin stopped inviting me to family things after we argued about money."
MOVE = "My sister is moving to Canada in the spring and I keep acting like I'm fine with it."
CHEMO = "My wife's chemo leaves her so sick she can't get up, and I'm running the house alone."
REJECTED = "I didn't get into either of the nursing courses I applied for."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (COUSIN, "Give her some time, families always come round."),
        (MOVE, "At least it's not forever."),
        (COUSIN, "It'll all blow over by Christmas."),
    ],
)
def test_premature_reassurance_brushes_the_feeling_aside(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith("brushed the feeling aside") for r in reasons(result)), reasons(result)
    assert result.empathy < 45


def test_that_would_make_anyone_feel_it_normalises_the_feeling() -> None:
    result = score("That would make anyone furious.", COUSIN)
    assert any(r.startswith("validated their view") for r in reasons(result)), reasons(result)
    assert "didn't engage with what they said" not in reasons(result)


@pytest.mark.parametrize(
    "reply",
    [
        "So all the plans you'd made for next year are up in the air.",
        "So now you're left wondering what to do with the spring.",
    ],
)
def test_a_so_summary_that_speaks_of_them_restates_their_side(reply: str) -> None:
    assert acts(reply, REJECTED) == ["reflection"]
    assert "didn't engage with what they said" not in reasons(score(reply, REJECTED))


def test_a_general_fact_read_faintly_as_acknowledgement_informs() -> None:
    reply = "Nausea from chemo is usually worst in the first three days."
    assert acts(reply, CHEMO) == ["information"]
    result = score(reply, CHEMO)
    assert not any("acknowledges how they feel" in r for r in reasons(result)), reasons(result)
    assert result.empathy <= 45


def test_the_speakers_own_story_does_not_acknowledge_their_feeling() -> None:
    reply = "My brother was the same, he got over it in a year."
    assert "validation" not in acts(reply, MOVE)
    result = score(reply, MOVE)
    assert not any("acknowledges how they feel" in r for r in reasons(result)), reasons(result)


def test_you_deserved_better_is_about_them_not_a_judgement() -> None:
    assert acts("You deserved a far kinder reaction than that.", COUSIN) == ["reflection"]


SURGERY = "My knee operation got cancelled for the second time and I'm in pain every day."
DIZZY = "My GP keeps saying my dizziness is anxiety but it's getting worse."


def test_you_are_the_one_living_with_it_is_no_blame() -> None:
    result = score("Twice now, and you're the one living with the pain.", SURGERY)
    assert not any(r.startswith("blamed them") for r in reasons(result)), reasons(result)
    assert result.empathy > 30
    blame = score("You're the one who cancelled the first date.", SURGERY)
    assert any(r.startswith("blamed them") for r in reasons(blame)), reasons(blame)


@pytest.mark.parametrize(
    "reply",
    [
        "That's so disheartening when you'd braced yourself for it.",
        "Being sent home again is really frustrating.",
    ],
)
def test_naming_how_hard_it_is_in_other_words_acknowledges_it(reply: str) -> None:
    result = score(reply, SURGERY)
    assert any(r.startswith("acknowledged it's hard") for r in reasons(result)), reasons(result)


def test_a_silver_lining_about_their_situation_brushes_it_aside() -> None:
    result = score("At least your surgeon knows about it now.", SURGERY)
    assert any(r.startswith("brushed the feeling aside") for r in reasons(result)), reasons(result)


def test_a_general_causal_claim_is_a_fact_not_a_restatement() -> None:
    result = score("Anxiety can definitely cause dizziness.", DIZZY)
    assert not any("restates their point" in r for r in reasons(result)), reasons(result)
    assert not any(r.startswith("picked up their words") for r in reasons(result))


def test_praising_a_third_party_is_not_affirming_them() -> None:
    reply = "Well, your GP has seen thousands of patients."
    assert "affirmation" not in acts(reply, DIZZY)
