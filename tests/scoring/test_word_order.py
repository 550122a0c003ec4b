"""Rule 74: a question asked by its word order is a question, whatever mark ends it. Only the
full stop of such a sentence changes, so every span stays valid; agreement, instructions,
orders, conditions put first and exclamations keep their mark. Domains: HR, sales, health,
engineering, public sector, support."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.word_order import asked_by_word_order, question_marks

from .reasons import reasons

ROTA = "I've been put on the weekend rota again without being asked."
CLINIC = "The clinic says my results are normal but I still feel awful every morning."
DEAL = "Procurement wants the price down another eight percent before they sign."


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


@pytest.mark.parametrize(
    "sentence",
    [
        "Are you mad.",
        "Did you get a reason from them.",
        "Would you take a longer term instead.",
        "So would you take a longer term instead.",
        "What are your needs for the release.",
        "How do you know the permit was lost.",
        "Have your parents seen the letter.",
        "Can't you swap one weekend with Sam.",
    ],
)
def test_a_sentence_in_a_questions_word_order_asks(sentence: str) -> None:
    assert asked_by_word_order(sentence)
    assert question_marks(sentence) == sentence[:-1] + "?"


@pytest.mark.parametrize(
    "sentence",
    [
        "So do I.",  # agreement
        "Neither can we.",
        "OK, do it.",  # an instruction
        "Do that first.",
        "Don't you dare.",  # an order
        "Should you need anything, call me.",  # a condition put first
        "Had I known, I'd have come to the clinic with you.",
        "Do the backups first.",  # an instruction with a subject
        "Have your manager call me.",
        "Which is their right.",  # a relative clause
        "What matters is the date.",  # a wh-word that asks nothing
        "How you feel about it is valid.",
        "You are upset about it.",
        "Are you kidding me!",  # an exclamation keeps its mark
        "Are you free tomorrow",  # no full stop to change
        # about a third party or a principle: as often rhetorical in an argument
        "Where is the justice.",
        "Should the victim be required to go to class with the suspect.",
        "Did they tell anyone why.",
    ],
)
def test_statements_orders_and_exclamations_keep_their_mark(sentence: str) -> None:
    assert question_marks(sentence) == sentence


def test_only_the_full_stop_of_the_asking_sentence_changes() -> None:
    reply = "The rota is unfair. Did you get asked first. I'll raise it with Sam."
    assert question_marks(reply) == (
        "The rota is unfair. Did you get asked first? I'll raise it with Sam."
    )
    assert len(question_marks(reply)) == len(reply)


@pytest.mark.parametrize(
    ("partner", "asked"),
    [
        (ROTA, "Are you mad"),
        (CLINIC, "Do you feel worse in the mornings"),
        (DEAL, "Would you take a two-year term at the current price"),
    ],
)
def test_a_full_stop_scores_like_a_question_mark(partner: str, asked: str) -> None:
    marked = score(asked + "?", partner)
    stopped = score(asked + ".", partner)
    assert (stopped.listening, stopped.empathy, stopped.collaboration) == (
        marked.listening,
        marked.empathy,
        marked.collaboration,
    ), (reasons(stopped), reasons(marked))


def test_asking_if_they_are_mad_is_no_reflection_of_their_feeling() -> None:
    # "Are you mad." read as a statement was a reflection of their feeling (empathy 69)
    result = score("Are you mad.", ROTA)
    assert not any(r.startswith("reflected their feeling") for r in reasons(result))
    assert result.empathy < 60, reasons(result)


def test_advice_with_a_full_stop_is_still_advice_in_question_form() -> None:
    advice = score("Have you tried asking for a different shift.", ROTA)
    curious = score("How has the rota been affecting your weekends?", ROTA)
    assert advice.listening < curious.listening, (reasons(advice), reasons(curious))
