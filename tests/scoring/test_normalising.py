"""Issue 11, the fifth pass: normalising their feeling ("Missing someone you were close to is
very human") validates it; a reassurance that a thought is "usually not true" is not a flat
disagreement, and "That's not true" is counted once; an instruction the encoder reads as a
costly act without a clear margin is named by its wording. Each test failed before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I keep checking my phone for messages from my ex.",
            "Missing someone you were close to is very human.",
        ),
        (
            "I cried in the car after my first week as a nurse.",
            "Lots of new nurses feel exactly that in their first weeks.",
        ),
        (
            "I'm nervous about presenting to the board tomorrow.",
            "Nerves like that are what people feel when something matters to them.",
        ),
        (
            "I can't stop thinking about the mistake I made in the audit.",
            "Going over it again is what conscientious people do.",
        ),
    ],
)
def test_normalising_their_feeling_validates_it(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith("validated their view") for r in reasons(result)), reasons(result)
    assert "didn't engage with what they said" not in reasons(result)
    assert result.empathy >= 55


@pytest.mark.parametrize(
    "reply",
    ["That was human error in the lab.", "Human rights law applies here as well."],
)
def test_human_as_a_plain_word_validates_nothing(reply: str) -> None:
    assert not any(r.startswith("validated") for r in reasons(score(reply)))


def test_a_thought_that_is_usually_not_true_is_reassurance_not_disagreement() -> None:
    result = score(
        "Feeling you know nothing is very common right before exams, and usually not true.",
        "My exams start next week and I feel like I haven't learned anything.",
    )
    assert not [r for r in reasons(result) if "disagreement" in r or "negated" in r]
    assert result.collaboration >= 45


def test_not_true_is_one_flat_disagreement_not_also_negated_support() -> None:
    result = score("The figures you quoted are not true.")
    assert [r for r in reasons(result) if r.startswith("flat disagreement")]
    assert not [r for r in reasons(result) if r.startswith("negated a supportive phrase")]


def test_an_instruction_read_as_an_unclear_dismissal_is_advice() -> None:
    result = score(
        "Just stop calling her then.",
        "My mother criticises everything I do, and I still call her every single day.",
    )
    assert any("jumps to advice" in r for r in reasons(result)), reasons(result)
    assert result.listening < 45
    assert not [r for r in reasons(result) if r.startswith("picked up their words")]


SLEEP = "I have been so anxious since I started the new job, I can barely sleep."


@pytest.mark.parametrize(
    "reply",
    [
        "It might help to write your worries down before bed.",
        "Maybe you could try a little meditation before sleeping.",
        "I would recommend talking to your GP about it.",
        "I'd suggest keeping a sleep diary for a week.",
        "What helped me was cutting out coffee after lunch.",
    ],
)
def test_advice_in_softer_words_is_advice(reply: str) -> None:
    result = score(reply, SLEEP)
    assert any("jumped to advice" in r for r in reasons(result)), reasons(result)
    reflection = score("It sounds like the new job keeps your mind racing at night.", SLEEP)
    assert reflection.listening > result.listening
