"""An emphatic no ("Absolutely not", "Definitely not") is a refusal, never agreement: the word
that says yes on its own ("Absolutely.", "Definitely, let's do that.") says no with a "not"
after it. Found by a trainer playing a hotel overbooking scenario: "Absolutely not, find another
room." earned "agreed with them ('Absolutely')" beside its flat refusal."""

from __future__ import annotations

import pytest

from roleplay.scoring import LexicalScorer, ScoreInput

from .test_genre_constructs import reasons, score

AGREED = "agreed with them"

# (reply, partner line) in several domains
REFUSALS = [
    ("Absolutely not, find another room.", "Can I have your room next week? Ours was given away."),
    ("Absolutely not. The release freeze holds.", "Can we push the hotfix tonight without review?"),
    (
        "Definitely not, the budget is closed.",
        "Could finance fund two more contractors this quarter?",
    ),
    ("Definitely not before the scan results are in.", "Can I go back to the gym this week?"),
    ("Absolutely not; the rota is fixed.", "I'd like every Friday off for the next two months."),
]

# the same words saying yes stay agreement
AGREEMENTS = [
    ("Absolutely, take the room; we'll move the group.", "Can I have your room next week?"),
    ("Definitely, let's review it together tonight.", "Can we look at the hotfix tonight?"),
    ("Absolutely. Two contractors for the quarter works.", "Could finance fund two contractors?"),
    ("Definitely worth asking your consultant about.", "Should I mention the dizziness?"),
]


@pytest.mark.parametrize(("reply", "partner"), REFUSALS)
def test_an_emphatic_no_earns_no_agreement(reply: str, partner: str) -> None:
    semantic = reasons(score(reply, partner))
    assert AGREED not in semantic
    lexical = LexicalScorer().score(ScoreInput(reply, partner))
    assert AGREED not in reasons(lexical)


@pytest.mark.parametrize(("reply", "partner"), AGREEMENTS)
def test_the_same_word_saying_yes_is_still_agreement(reply: str, partner: str) -> None:
    assert AGREED in reasons(score(reply, partner))
