"""Issue 11, rule 50 (docs/scoring.md): "so what" dismisses only as a retort. Before the rule
the `dismissal` cue read every "so what" as brushing their feelings aside (about -30 empathy),
so "So what would help most this week?" scored overall 36 and "So what time works for a call?"
37 (found on a receptiveness TRAIN essay: "so what difference would that be?"). Questions and
clauses in engineering, healthcare, HR, sales and local government; the retorts stay
dismissals (the hard negatives)."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

DISMISSED = "dismissed their feelings"

NOT_RETORTS = [
    ("The release slipped again and the client is furious.", "So what would help most this week?"),
    ("The release slipped again and the client is furious.", "So what time works for a call?"),
    (
        "The night shift is two nurses short again.",
        "So what do you need from me to cover Thursday?",
    ),
    (
        "I was passed over for the promotion.",
        "So what did they say they wanted to see from you?",
    ),
    (
        "The client says our quote is too high.",
        "I was worried too, so what I did was ask them which line hurts.",
    ),
    (
        "Residents are angry about the bin collections.",
        "So what part of the new rota worries them most?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_RETORTS)
def test_so_what_opening_a_question_or_clause_dismisses_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if r.startswith(DISMISSED)]
    assert result.empathy >= 40


@pytest.mark.parametrize(
    "reply",
    [
        "So what?",
        "So what, it slipped. Happens all the time.",
        "So what if it slipped?",
        "So what's the big deal, it's one release.",
        "So what difference does it make?",
        "Yeah, so what.",
        "So what does it matter, we ship anyway.",
    ],
)
def test_so_what_as_a_retort_still_dismisses(reply: str) -> None:
    result = score(reply, "The release slipped again and the client is furious.")
    assert [r for r in reasons(result) if r.startswith(DISMISSED)]
    assert result.empathy < 30
