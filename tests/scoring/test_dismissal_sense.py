"""Issue 11, rule 30d (docs/scoring.md): "whatever" dismisses only as a retort. Before the rule,
"I'll help with whatever you need." and "Whatever you decide, I'll back it." each lost about 30
empathy points as "dismissed their feelings" (found on receptiveness TRAIN essays: "the
university can take whatever action it needs"). Replies in a workplace, healthcare, a policy
dispute and support; the retorts stay dismissals (the hard negatives)."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

DISMISSED = "dismissed their feelings"

NOT_RETORTS = [
    ("My manager moved my deadline again.", "Whatever you decide, I'll back you with him."),
    ("My manager moved my deadline again.", "I'll help with whatever you need this week."),
    (
        "Mum's surgery got moved to Friday.",
        "Whatever the surgeon says, we'll plan the week around it.",
    ),
    (
        "A student accused of assault should be removed from campus immediately.",
        "The university can take whatever action it needs to keep the accuser safe.",
    ),
    ("I've been feeling low since the move.", "Talk to me about whatever is on your mind."),
    ("I can't decide between the two offers.", "Whatever you want to do is fine by me."),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_RETORTS)
def test_whatever_inside_a_clause_dismisses_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if r.startswith(DISMISSED)]
    assert result.empathy >= 40


@pytest.mark.parametrize(
    "reply",
    [
        "Whatever.",
        "Whatever, do what you want.",
        "Yeah whatever, I'll do it.",
        "Fine, whatever.",
        "ok whatever",
        "Fine, whatever you say.",
        "Do whatever you like, I'm done arguing.",
        "Ship it by Monday, whatever it takes.",
    ],
)
def test_whatever_as_a_retort_still_dismisses(reply: str) -> None:
    result = score(reply, "My manager moved my deadline again.")
    assert [r for r in reasons(result) if r.startswith(DISMISSED)]
    assert result.empathy < 30
