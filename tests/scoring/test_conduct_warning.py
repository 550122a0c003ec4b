"""Issue 11, rule 423 (docs/scoring.md, extends rule 314 in `scoring/warned.py`): their conduct
named as the subject and the harm it will do foretold, with no "if" ("Texting at the wheel will
kill someone.", "Working every weekend is how people end up in hospital.", "Vaping in your room
is playing with your health."), is a warning, as rule 314's "If you keep ..., you'll ..."; found
on the counselling set's dev half (confrontation scored above a closed question) and checked on
a commuter, a manager, a teenager and a carer, with hard negatives: a reflection that opens on a
gerund of perceiving or being told, a good outcome, a question, the speaker's own conduct.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.warned import warning_hits

from .reasons import reasons, score

COMMUTER = "I answer the odd message on the motorway, it's fine, I only look down for a second."


@pytest.mark.parametrize(
    "reply",
    [
        "Texting at the wheel will kill someone. Put the phone in the boot.",
        "Working every weekend is how people end up in hospital.",
        "Vaping in your room is playing with your health.",
        "Lending him money again will ruin you.",
    ],
)
def test_conduct_with_its_harm_foretold_is_a_warning(reply: str) -> None:
    assert warning_hits(reply)


@pytest.mark.parametrize(
    "reply",
    [
        # a reflection that opens on a gerund of perceiving or being told
        "Hearing him say that will hurt for a while, and it makes sense that it does.",
        "Being told it's fine doesn't stop the worry.",
        # a good outcome
        "Taking the train twice a week will give you the evenings back.",
        # a question
        "Answering messages at seventy miles an hour could hurt someone, do you think?",
        # the speaker's own conduct, said as theirs
        "I'm checking the rota tonight and will call you.",
    ],
)
def test_reflections_good_outcomes_and_questions_are_no_warning(reply: str) -> None:
    assert not warning_hits(reply)


def test_the_warning_costs_the_reply() -> None:
    warned = score("Texting at the wheel will kill someone.", COMMUTER)
    assert any(r.startswith("warned them") for r in reasons(warned))
    plain = score("A second feels like nothing at the time.", COMMUTER)
    assert warned.overall < plain.overall
