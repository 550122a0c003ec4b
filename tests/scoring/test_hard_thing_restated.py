"""Issue 11, rule 101 (docs/scoring.md): their hard thing restated, then called what it is.

Found by the lead's probe of eight new partner lines (health, housing, care, recovery, local
government, online disputes, procurement, management): "Losing the whole deposit after paying a
cleaner is maddening." earned nothing at all (45 on every dimension) where "That's maddening."
earned +22 empathy; "Chest pain for a week is worrying." +0 empathy. The `difficulty` cue read
"X is miserable / awful / brutal ..." but not "maddening", "worrying", "scary", "stressful",
"upsetting" or "painful"; now it does. A general claim
about others ("is devastating for the victim") is left alone.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

HARD = "acknowledged it's hard"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "My landlord kept my whole deposit for 'cleaning' even though I paid for a "
            "professional clean.",
            "Losing the whole deposit after paying a cleaner is maddening.",
        ),
        (
            "I've had chest pains on and off for a week and my GP can't see me until the 20th.",
            "Chest pain on and off for a week is worrying.",
        ),
        (
            "The council closed the footpath and my kids now walk along the main road.",
            "Kids walking on the main road every morning is scary.",
        ),
        (
            "Procurement wants the cheaper vendor although their API failed our load test twice.",
            "Being overruled after two failed load tests is really stressful.",
        ),
        (
            "My old teammates ignore my requests in stand-up now that I manage them.",
            "Being ignored by people you used to sit with is upsetting.",
        ),
    ],
)
def test_their_hard_thing_restated_and_named_acknowledges_it(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(HARD)]
    assert result.empathy >= 55


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Students accused of assault should be removed from campus.",
            "A sexual assault is devastating for the victim, but removal before a hearing is "
            "punishment.",
        ),
        ("My chest pain has gone now.", "Chest pain like that is not worrying if it has gone."),
    ],
)
def test_a_claim_about_others_or_a_negated_one_is_no_acknowledgement(
    partner: str, reply: str
) -> None:
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(HARD)]
