"""Rule 441: a closed question for a fact about them ("How many units do you drink in a week?",
"Have you got a follow-up appointment?") earns a plain question's credit, so a reflection of
what they said listens more. Positives from counselling, a health clinic, grief support, debt
advice and shift work; hard negatives: open questions, a question about their feelings, needs,
wants or help, a choice between two, an offer put as a question, a negotiator asking what they
can spare, "How long has it been since ...?" and a check on their matter that does not speak to
them (rule 53's "Is the release still on Friday?")."""

from __future__ import annotations

import pytest

from roleplay.scoring.fact_question import closed_about_them

from .reasons import reasons, score

DRINK = (
    "My GP says my liver numbers are up. I only drink at home, never before six, and I've never "
    "missed a day of work because of it."
)
GRIEF = "It's been a year since Mum died. People have stopped asking."
DEBT = "I've got four credit cards and I move the balance between them every few months."
NURSE = "I've been a nurse for nineteen years and I used to love it, but now I dread every shift."
OPEN = "asked an open question"
CURIOUS = "this sentence asks about what matters to them"


@pytest.mark.parametrize(
    "question",
    [
        "How many units do you drink in a week?",
        "Have you got a follow-up appointment?",
        "Were you with her at the end?",
        "How much do you owe in total?",
        "Are you on nights at the moment?",
        "Had you been drinking that day?",
        "Did the physio say when you'd see a difference?",
        "What time do you go to bed?",
    ],
)
def test_a_closed_question_for_a_fact_about_them(question: str) -> None:
    assert closed_about_them(question)


@pytest.mark.parametrize(
    "question",
    [
        "What do you notice about the evenings when you've had that second glass?",  # open
        "What's changed since the days you loved it?",  # open
        "How are you feeling about it today?",  # their feelings
        "Do you want to talk about what happened?",  # their want
        "Do you need the water for cooking?",  # their need
        "Is there anything that would help right now?",  # help
        "Is the cut annual, or just this quarter?",  # a choice between two
        "Shall I call the supplier for you?",  # an offer
        "Do you have any extra firewood?",  # what a negotiator can spare
        "Are you willing to take 1 firewood and 2 waters?",  # a deal put to them
        "Do you have proof to show this is the case?",  # the grounds of their view
        "How long has it been since you last heard from them?",  # how long they have lived with it
        "Is the release still on Friday?",  # a check on their matter (rule 53)
        "Was it sudden?",  # does not speak to them
        "Have you got a follow-up appointment.",  # not a question
    ],
)
def test_not_a_closed_question_for_a_fact(question: str) -> None:
    assert not closed_about_them(question)


@pytest.mark.parametrize(
    ("partner", "question", "reflection"),
    [
        (  # counselling
            DRINK,
            "How many units do you drink in a week?",
            "Being told it's a problem doesn't square with how careful you've been.",
        ),
        (  # grief support
            GRIEF,
            "Were you with her at the end?",
            "So a year on, people have moved on, and you're still missing her.",
        ),
        (  # debt advice
            DEBT,
            "How much do you owe in total?",
            "Moving the balance around keeps it going, but it sounds exhausting to keep up.",
        ),
        (  # shift work
            NURSE,
            "Are you on nights at the moment?",
            "The job you loved has become something you brace for.",
        ),
    ],
)
def test_a_closed_question_earns_a_plain_questions_credit(
    partner: str, question: str, reflection: str
) -> None:
    result = score(question, partner)
    found = reasons(result)
    assert not any(r.startswith(OPEN) or r.startswith(CURIOUS) for r in found), found
    assert any(r.startswith("asked a question") for r in found)  # a plain question's credit
    assert "didn't engage with what they said" not in found  # it still engages
    assert score(reflection, partner).listening > result.listening


def test_an_open_question_keeps_its_credit() -> None:
    found = reasons(score("What's changed since the days you loved it?", NURSE))
    assert any(r.startswith(OPEN) or r.startswith(CURIOUS) for r in found)
