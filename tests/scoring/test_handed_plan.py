"""Issue 11, rule 131 (docs/scoring.md): joint words around a plan handed to them.

Found on the tenth genre set's dev half (written blind this stop; 0.567 on main 4e47b1e): "I
hear you, and let's work together on this: you'll email your manager tomorrow ..., and you'll
book a presentation slot for next month" scored collaboration 69 against 46 for "What would you
want to happen with the project now?". Partners in counselling, support, health, an online
community, engineering and HR; the hard negatives give each side a part, ask, or propose a joint
step.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

STAMMER = (
    "I've stammered since I was six. Last week I let a colleague present my project so I "
    "wouldn't have to speak, and he got the credit."
)
KIDNEY = (
    "Kidney stone. Spent the night in A&E on the floor of the cubicle, and they sent me home at "
    "6am to 'pass it'."
)
CAT = (
    "You removed my lost cat post from the village page because it 'isn't local news'. She's "
    "been gone four days and she's on medication."
)
ONCALL = "I've been on call three weekends in a row and nobody else is on the rota."
BUDGET = "Finance cut our tooling budget by 30% and we still have to ship the migration."

HANDED = [
    (
        STAMMER,
        "I hear you, and let's work together on this: you'll email your manager tomorrow "
        "explaining it was your work, and you'll book a presentation slot for next month.",
    ),
    (
        KIDNEY,
        "I hear you, let's work together: you'll keep a strainer by the toilet, log your fluids "
        "and demand a CT scan if it isn't out in a week.",
    ),
    (
        CAT,
        "I totally understand how you feel, and let's work together on this: the rules say no "
        "pet posts, so I've removed it.",
    ),
    (ONCALL, "Let's tackle this together - you should swap two weekends with Priya by Friday."),
    (
        BUDGET,
        "We can work on this together: first, cut the load tests and drop the staging cluster.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), HANDED)
def test_joint_words_around_a_plan_for_them_are_an_imperious_we(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert [r for r in said if r.startswith('imperious "we"')]
    assert not [r for r in said if r.startswith(("invited them to shape", "framed it as shared"))]
    assert not [r for r in said if "concrete next step" in r]
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ONCALL, "Let's work together on this: you'll pick the weekends and I'll fix the rota."),
        (BUDGET, "Let's work on this together: what could we drop without hurting the migration?"),
        (STAMMER, "Let's work together on a way for you to get the credit back, if you'd like."),
        (KIDNEY, "We can get through this together. Want a lift to your follow-up?"),
    ],
)
def test_a_part_for_each_side_a_question_or_a_joint_step_is_no_handed_plan(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if r.startswith('imperious "we"')]
    assert result.same_side != "across"
