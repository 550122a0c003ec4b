"""Giving what was asked for (issue 11): a plain statement that supplies the examples or facts
the partner asked for earns listening as answering their request. New phrasings across domains,
not golden replies; a vague or hostile answer, or the same list where nothing was asked, earns
nothing for it."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.types import Score

GAVE = "gave what they asked for"


def score(reply: str, partner: str) -> Score:
    return default_scorer().score(ScoreInput(reply, partner))


def gave(result: Score) -> bool:
    return any(
        e.dimension == "listening" and e.points > 0 and e.reason.startswith(GAVE)
        for e in result.evidence
    )


SUPPLIED = [
    (  # engineering
        "Give me two examples of incidents we caught late.",
        "Two come to mind: the March certificate expiry and the queue backlog in June.",
    ),
    (  # healthcare
        "Which patients were affected by the pharmacy delay?",
        "Three of them: the two on ward four and Mr Patel in day surgery.",
    ),
    (  # sales
        "Can you name a couple of reference customers I could call?",
        "Northwind in Leeds and the Brightwater clinics would both take a call.",
    ),
    (  # HR
        "Tell me what the panel actually looked at.",
        "For example, the mentoring logs, the delivery record and the peer feedback from spring.",
    ),
    (  # public sector
        "Show me where the grant money went last year.",
        "Mostly on three things: library opening hours, the youth football pitches and 40 bus passes.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), SUPPLIED)
def test_a_statement_that_supplies_what_they_asked_for_earns_listening(
    partner: str, reply: str
) -> None:
    answered = score(reply, partner)
    assert gave(answered), answered.evidence
    assert answered.listening > 50
    # the same reply where nothing was asked earns nothing for it, and scores lower
    unasked = score(reply, "I'm worn out after this week.")
    assert not gave(unasked)
    assert answered.listening > unasked.listening


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Give me two examples.", "There are plenty of examples."),
        ("Which suppliers missed the deadline?", "Which ones do you think?"),
        ("Give me two examples.", "I'll think about it and get back to you."),
        ("Tell me which shifts are short.", "Like I said: read the rota yourself, idiot."),
    ],
)
def test_vague_questioning_or_hostile_replies_do_not_supply_it(partner: str, reply: str) -> None:
    assert not gave(score(reply, partner))


def test_a_repeated_list_earns_it_once() -> None:
    partner = "Give me two examples of late deliveries."
    line = "Two come to mind: the Hartley order in May and the school kitchen refit."
    once, twice = score(line, partner), score(f"{line} {line}", partner)
    assert sum(GAVE in e.reason for e in twice.evidence) == 1
    assert twice.listening <= once.listening
