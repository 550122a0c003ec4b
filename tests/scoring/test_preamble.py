"""Issue 11, rule 133 (docs/scoring.md): a stock acknowledgement as the preamble to advice or
facts earns a stock phrase's share.

Found on the tenth genre set's dev half: "I hear you, and I understand your concern. Stones
under 5 mm usually pass on their own within four weeks, so drink three litres a day" scored
listening 68 against 50 for "A night on the cubicle floor, then sent home to wait.". Partners in
health, counselling, support, engineering and HR; the hard negatives name something of theirs,
ask about them, propose, or give a view of the speaker's own after the same opening.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

KIDNEY = (
    "Kidney stone. Spent the night in A&E on the floor of the cubicle, and they sent me home at "
    "6am to 'pass it'."
)
PALSY = (
    "Woke up on Tuesday with half my face drooping. They say it's Bell's palsy, not a stroke, "
    "but I can't smile at my own kids."
)
STAMMER = (
    "I've stammered since I was six. Last week I let a colleague present my project so I "
    "wouldn't have to speak, and he got the credit."
)
ONCALL = "I've been on call three weekends in a row and nobody else is on the rota."
POLICY = "Everyone should have to pass a background check before buying a gun."

PREAMBLES = [
    (
        KIDNEY,
        "I hear you, and I understand your concern. Stones under 5 mm usually pass on their own "
        "within four weeks, so drink three litres a day.",
    ),
    (
        PALSY,
        "I hear you, and I understand your concern. Bell's palsy is caused by inflammation of "
        "the facial nerve, and most people recover fully within three to six months.",
    ),
    (ONCALL, "I totally understand. You should ask your manager for a rota review."),
    (STAMMER, "I get it. Speech therapy works well for adults, and there are evening courses."),
]


@pytest.mark.parametrize(("partner", "reply"), PREAMBLES)
def test_stock_words_before_the_fix_earn_a_stock_share(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    credits = [r for r in said if r.startswith(("showed you understood", "engaged with their"))]
    assert credits and all(r.endswith("partial credit)") for r in credits)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ONCALL, "I hear you: three weekends in a row is a lot. You should ask for a rota review."),
        (KIDNEY, "I hear you. What did they tell you to watch for?"),
        (ONCALL, "I understand. Could we split next weekend between us?"),
        (POLICY, "I understand your concern, but I think checks would slow down lawful buyers."),
    ],
)
def test_an_acknowledgement_with_matter_or_a_move_keeps_its_credit(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if r.endswith("partial credit)")]
