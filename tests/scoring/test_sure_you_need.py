"""A question "Are you sure you need ...?" doubts their need; it does not ask for it
(docs/scoring.md rule 119).

Rule 46 took `asked about their needs` (+26 listening) away from a yes/no question that doubts
the need with "really", "even", "honestly" ("Do you really need three engineers?"), but "Are
you sure you need three engineers?" still earned it, next to the cue layer's `played down what
they need`. Each case in several domains, with sincere questions as hard negatives.
"""

from __future__ import annotations

import pytest

from .reasons import score

ASKED = "asked about their needs"
PLAYED_DOWN = "played down what they need"

DOUBTING = [
    # engineering
    ("We need three engineers for the migration.", "Are you sure you need three engineers?"),
    # health
    ("I'd like a private room after the operation.", "Are you sure you need a private room?"),
    # sales
    ("We'd like to keep all forty licences.", "Are you sure you'll use all forty licences?"),
    # public sector
    ("The library wants the hall all weekend.", "Are you sure you need the hall all weekend?"),
]


@pytest.mark.parametrize(("partner", "reply"), DOUBTING)
def test_are_you_sure_you_need_asks_for_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(ASKED in e.reason for e in result.evidence), result.evidence
    assert result.listening < 60


SINCERE = [
    # HR: what they need, asked openly
    ("I need more support with the new rota.", "What do you need from me with the rota?"),
    # operations: a yes/no question without doubt
    ("We're short of cover this month.", "Do you need cover on the weekend shifts too?"),
    # health: checking their comfort, not their need
    ("I'm fine with the shared ward.", "Are you sure you're comfortable on the shared ward?"),
]


@pytest.mark.parametrize(("partner", "reply"), SINCERE)
def test_sincere_questions_are_untouched(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(PLAYED_DOWN in e.reason for e in result.evidence), result.evidence
