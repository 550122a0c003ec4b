"""Issue 11, rule 30c (docs/scoring.md): a statement that names both sides or every party of the
question ("both parties", "each side's view", "everyone involved", "both teams") weighs them together
and earns collaboration and listening once per reply. Positives in a policy dispute, a
workplace disagreement, healthcare and an online dispute; "both of us", a question, a hostile
reply, a repeat and a deal "good for both sides" (the mutual_gain cue's) are the hard
negatives. Each positive failed before the rule (no such item)."""

from __future__ import annotations

import pytest

from roleplay.scoring.both_sides import BOTH_SIDES_REASON

from .reasons import reasons, score

CAMPUS = "A student accused of assault should be removed from campus immediately."
ROTA = "Weekend cover should rotate through the whole team, seniors included."
WARD = "Visiting hours should be cut to one hour; families get in the way of care."
EDIT = "The older census figure is the right one and I'm reverting your edit."


def named(reply: str, partner: str) -> list[str]:
    return [
        e.dimension
        for e in score(reply, partner).evidence
        if e.reason.startswith(BOTH_SIDES_REASON)
    ]


WEIGHED = [
    (CAMPUS, "Until the hearing, the college has to keep both parties safe and able to study."),
    (ROTA, "Any rota has to be fair to both teams, and the seniors carry the on-call nights."),
    (WARD, "The hours should work for everyone involved, the night staff as much as the families."),
    (
        EDIT,
        "The article should give each side's case with its source until the census office answers.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), WEIGHED)
def test_naming_both_sides_earns_collaboration_and_listening(partner: str, reply: str) -> None:
    assert sorted(named(reply, partner)) == ["collaboration", "listening"]


def test_once_per_reply() -> None:
    reply = WEIGHED[0][1] + " Both sides deserve to be heard before anyone is removed."
    assert sorted(named(reply, CAMPUS)) == ["collaboration", "listening"]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # joint framing is the cue layer's own, not both sides of a question
        (ROTA, "Both of us want the weekends covered, so let's draft the rota together."),
        # a question about both sides is a question (question rules apply)
        (CAMPUS, "What would keep both parties safe until the hearing?"),
        # hostile: no credit for naming the sides
        (EDIT, "Both sides of this talk page are idiots, and you're the worst of them."),
        # a deal good for both sides is the mutual_gain cue's (rule 29), not counted twice
        (ROTA, "Let's find a rota that works for both teams."),
        # "either side of it" is a place, not a side of the question
        (ROTA, "Let me take the 27th and the days either side of it."),
        # no side named
        (WARD, "One hour is too short for families who travel in from the coast."),
    ],
)
def test_hard_negatives_earn_nothing_here(partner: str, reply: str) -> None:
    assert not named(reply, partner)
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(BOTH_SIDES_REASON)]
