"""Issue 11, rule 71 (docs/scoring.md): naming how hard their situation is with a noun ("That's a
scary prospect.", "What a heartbreaking thing to go through.", "It's a hard decision to make.")
acknowledges it, as "That's scary" and "That must be hard" did. Found by the CaSiNo helper and
the lead: after "I'm scared the audit will find something." the reply "That's a scary prospect."
scored empathy 42 and "didn't engage with what they said". Health, grief, HR, care, finance and
engineering; the hard negatives are a negated form and a hard *thing* that is no situation of
theirs ("a hard deadline", "a tough market").
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

ACK = "acknowledged it's hard"

NAMED = [
    ("I'm scared the audit will find something.", "That's a scary prospect."),
    ("My dog died on Sunday.", "What a heartbreaking thing to go through."),
    ("I start the new job on Monday and I'm nervous.", "It's a daunting process, the first month."),
    ("My manager wants me to choose between the two teams.", "That's a tough position to be in."),
    ("I'm not sure whether to move my mum into care.", "It's a hard decision to make."),
    ("The biopsy results come back on Friday.", "That's such a nerve-wracking wait."),
]


@pytest.mark.parametrize(("partner", "reply"), NAMED)
def test_naming_their_hard_situation_with_a_noun_acknowledges_it(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(ACK)]
    assert result.empathy > 50


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I'm not sure whether to move my mum into care.", "It's not a hard decision, really."),
        ("The release is due Friday.", "That's a hard deadline, we can't move it."),
        ("Our sales fell again this quarter.", "It's a tough market out there for everyone."),
    ],
)
def test_a_negated_form_or_a_hard_thing_that_is_no_situation_earns_nothing(
    partner: str, reply: str
) -> None:
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(ACK)]
