"""Asking what they need in other word forms; a doubting yes/no question asks for nothing
(docs/scoring.md rule 46).

Found on the CaSiNo TRAIN turns labelled elicit-pref that the scorer ranked low: the interest
words held "plan", "use", "interested" and "need" but not "planning", "using", "interest" or
"needing", so "Do you have any interest in the firewood?", "What are you using the extra food
for?" and "How much food were you needing?" earned no "asked about their needs". And the other
way round: "Do you really need three engineers?" earned that credit (+26 listening) while the
cue layer read it, rightly, as playing their need down; "What do you really need from the
team?" was read as playing it down (-30 collaboration) though it asks sincerely.
"""

from __future__ import annotations

import pytest

from .reasons import score

ASKED = "asked about their needs"
PLAYED_DOWN = "played down what they need"

ASKING = [
    # HR: a rota
    ("The rota gives me every weekend.", "Do you have any interest in the Thursday slot?"),
    # health: staffing a clinic
    ("Our clinic is short on weekend cover.", "How many extra nurses were you needing?"),
    # sales: licences
    ("We'd like to keep all forty licences.", "What are you using the current licences for?"),
    # engineering
    (
        "The old cluster still runs our reports.",
        "Are you planning to keep the old cluster running?",
    ),
    # public sector, sincere with a doubting word in a wh- question
    (
        "The school wants more classroom assistants.",
        "Which year groups do you actually need them for?",
    ),
    # engineering, the same
    (
        "We need three engineers for the migration.",
        "What do you really need from the migration team?",
    ),
    # operations: "are there any ... you really need" asks
    ("We're short of cover this month.", "Are there any shifts you really need covered?"),
]


@pytest.mark.parametrize(("partner", "reply"), ASKING)
def test_asking_what_they_need_in_any_word_form(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(ASKED in e.reason and e.points > 0 for e in result.evidence), result.evidence
    assert not any(PLAYED_DOWN in e.reason for e in result.evidence), result.evidence
    assert result.listening > 60


DOUBTING = [
    # engineering
    ("We need three engineers for the migration.", "Do you really need three engineers?"),
    # facilities
    ("We want all four meeting rooms on Friday.", "Will you even use all four rooms?"),
    # sales
    ("We'd like to keep all forty licences.", "Are you really going to use all forty licences?"),
    # health
    ("I'd like a private room after the operation.", "Do you honestly need a private room?"),
]


@pytest.mark.parametrize(("partner", "reply"), DOUBTING)
def test_a_doubting_question_asks_for_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(ASKED in e.reason for e in result.evidence), result.evidence
    assert result.listening < 55


def test_an_ing_word_as_a_noun_asks_about_no_need() -> None:
    result = score("What happened on your end since planning?", "The vendor slipped again.")
    assert not any(ASKED in e.reason for e in result.evidence), result.evidence


def test_a_doubting_wh_question_still_plays_the_need_down() -> None:
    result = score(
        "What do you even need three engineers for?",
        "We need three engineers for the migration.",
    )
    assert any(PLAYED_DOWN in e.reason and e.points < 0 for e in result.evidence)
    assert not any(ASKED in e.reason for e in result.evidence)
