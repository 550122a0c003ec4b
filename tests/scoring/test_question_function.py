"""Issue 11, the sixth pass: questions by function. Asking how they, or someone of theirs, are
or were is the open question of support work and earns it fully; a question the encoder reads
as interrogating without a clear margin is named by its wording ("How is she now?"); a question
that looks for their fault ("What did she do to start it?") interrogates. Each test failed
before the change."""

from __future__ import annotations

import pytest

from .reasons import score
from .test_genre_constructs import acts

CRASH = "My brother was in a car crash on Friday and he's still in hospital."
SEIZURE = "My daughter had her first seizure at school today. They think it might be epilepsy."
BULLIED = "My son is being bullied on the bus and the driver does nothing."


@pytest.mark.parametrize(
    ("experience", "fact"),
    [
        ("How is he doing?", "Which hospital is he in?"),
        ("How are you holding up?", "Was the other driver insured?"),
        ("What was he like before all this?", "Did the police come?"),
    ],
)
def test_asking_how_they_are_outranks_asking_for_a_fact(experience: str, fact: str) -> None:
    assert score(experience, CRASH).listening > score(fact, CRASH).listening


def test_a_question_read_as_interrogating_without_a_margin_is_named_by_its_wording() -> None:
    assert acts("How is she now?", SEIZURE) == ["curious_question"]
    assert score("How is she now?", SEIZURE).listening >= 55


@pytest.mark.parametrize(
    "reply", ["What did he do to start it?", "What did your son do to provoke them?"]
)
def test_a_question_that_looks_for_their_fault_interrogates(reply: str) -> None:
    assert acts(reply, BULLIED) == ["interrogation"]
    assert score(reply, BULLIED).listening < score("How is he coping with it?", BULLIED).listening


# Issue 11, the tenth pass: a why-question that weighs their claim against others' interrogates
# (found on workplace negotiation probes written for that pass: "Why do you think you deserve it
# more than the others?" out-scored "Which projects would you want the panel to see?").
@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        (
            "Why do you think you deserve it more than the others?",
            "I want the senior title this year. I've been doing the senior work for 18 months.",
        ),
        (
            "Why should you get the window desk over Sam?",
            "I'd like the window desk when we move floors.",
        ),
        (
            "Why do you feel you should get the first pick of the pitches?",
            "Our team wants first pick of the training pitches this season.",
        ),
    ],
)
def test_weighing_their_claim_against_others_interrogates(reply: str, partner: str) -> None:
    assert acts(reply, partner) == ["interrogation"]


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        (
            "Why do you want the senior title this year?",
            "I want the senior title this year. I've been doing the senior work for 18 months.",
        ),
        ("Why do you think the panel said no?", "The panel turned my promotion down again."),
    ],
)
def test_asking_the_reason_behind_their_claim_does_not_interrogate(
    reply: str, partner: str
) -> None:
    assert acts(reply, partner) != ["interrogation"]
