"""Issue 11, the thirteenth pass (rule 31g, 31h): a short reflection in entirely other words engages
with them, and three cue words read in their own sense only ("anyway" at the end of a clause
changes no subject, "as if" after a comma compares, "so you don't have to" relieves them of
something). Hard negatives: short general remarks and brush-offs, "Anyway, ..." that does
change the subject, a sarcastic "As if", "you don't have to" that plays their need down.
Each positive case failed before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

IGNORED = "didn't engage with what they said"
FRIEND = "My best friend moved to Australia last week. I keep picking up my phone to text her."
DIAGNOSIS = "Just diagnosed with type 2 at 38. I feel like I did this to myself."
FIRE = "A fire next door spread into our kitchen, and the kids won't sleep upstairs now."
ROTA = "They changed the rota again without asking, and I'm the one covering every Sunday."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FRIEND, "The habit is still there and she isn't."),  # support
        (DIAGNOSIS, "The blame sounds heavier than the diagnosis."),  # health forum
        (FRIEND, "That reflex must sting each time."),
        (ROTA, "The plan changed and nobody thought to ask you."),  # workplace
    ],
)
def test_a_short_reflection_in_other_words_engages(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert IGNORED not in reasons(result)
    assert result.listening >= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DIAGNOSIS, "Diabetes is very common."),
        (FIRE, "Fires happen."),
        (ROTA, "Rotas are rotas."),
    ],
)
def test_a_short_general_remark_still_does_not_engage(partner: str, reply: str) -> None:
    assert score(reply, partner).listening <= 45


def test_anyway_at_the_end_of_a_clause_changes_no_subject() -> None:
    partner = "My doctor says I drink too much, but everyone I know drinks like this at weekends."
    reply = "You're not sure it's a problem, and you're here talking about it anyway."
    assert not any(r.startswith("changed the subject") for r in reasons(score(reply, partner)))
    opening = score("Anyway, what are we doing about the budget?", partner)
    assert any(r.startswith("changed the subject") for r in reasons(opening))


def test_as_if_after_a_comma_compares_and_a_leading_as_if_mocks() -> None:
    partner = "My doctor says I drink too much, but everyone I know drinks like this at weekends."
    reply = "It sounds like you felt judged, as if the doctor didn't see your life the way you do."
    result = score(reply, partner)
    assert not any(r.startswith("sarcasm") for r in reasons(result)), reasons(result)
    assert result.empathy > 45
    mocking = score("As if anyone drinks like that at weekends.", partner)
    assert any(r.startswith("sarcasm") for r in reasons(mocking))


def test_so_you_dont_have_to_relieves_them_and_you_dont_need_it_plays_down() -> None:
    partner = "We lost the pregnancy at eleven weeks. People keep telling me it wasn't a real baby."
    reply = "Would it help if I told people at work, so you don't have to keep hearing that?"
    result = score(reply, partner)
    assert not any(r.startswith("played down what they need") for r in reasons(result))
    assert result.collaboration > 45
    camping = "We need extra water, my son gets dehydrated easily."
    plays_down = score("You don't need that much water, honestly.", camping)
    assert any(r.startswith("played down what they need") for r in reasons(plays_down))
