"""Issue 11, rule 72 (docs/scoring.md): a wish for them is no blame; "I hope you're happy now"
is sarcasm. Found by the CaSiNo helper: "I hope your team will be fine until the hire lands."
was read by the encoder as blaming them (collaboration 40, across the table), while "I hope
you're happy now." and "I hope you learn from this." earned "offered support" (empathy 53).
Engineering, moving house, health, HR and retail; the hard negatives keep a wish that only
looks like the sarcastic form ("I hope you're happy with the new desk").
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

WISHES = [
    (
        "We lost two engineers and the hire is months away.",
        "I hope your team will be fine until the hire lands.",
    ),
    (
        "We're moving house on Saturday and I'm stressed.",
        "Hope the move goes smoothly for you and the kids.",
    ),
    ("My mum's operation is on Tuesday.", "I really hope the operation goes well for her."),
    (
        "I start the night rota next week.",
        "I hope the first week of nights is kinder than you fear.",
    ),
    ("The store audit is tomorrow.", "I hope everything goes to plan tomorrow."),
]


@pytest.mark.parametrize(("partner", "reply"), WISHES)
def test_a_wish_for_them_is_no_blame(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if "blames them" in r]
    assert result.same_side != "across"
    assert result.collaboration >= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("We lost two engineers and the hire is months away.", "I hope you're happy now."),
        ("I escalated it to your boss.", "Happy now?"),
        ("The client pulled out of the deal.", "I hope you're satisfied!"),
        ("I missed the deadline again.", "I hope you learn from this."),
        ("I missed the deadline again.", "Hope you've learned your lesson."),
    ],
)
def test_the_sarcastic_and_reproachful_forms_are_hostile(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.empathy <= 30
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("They moved me to the third floor.", "I hope you're happy with the new desk."),
        ("I got the job in Leeds.", "I hope you're happy there, you deserve it."),
    ],
)
def test_a_wish_that_only_looks_sarcastic_stays_warm(partner: str, reply: str) -> None:
    assert score(reply, partner).empathy > 45
