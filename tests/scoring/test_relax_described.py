"""Rule 371: "relax" said of someone describes what they do ("Gaming is where you relax"); only
"Relax." said to them, or prescribed ("You need to relax"), dismisses their feelings. Found on
the reflection-level set's dev half, where a complex reflection lost 30 empathy points to the
dismissal cue; positives from gaming, a community dispute, work and family, hard negatives the
imperative and the prescription."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

RELAX_PARTNER = "My girlfriend says I play too much, but it's how I unwind after shifts."
DISMISSED = 'dismissed their feelings ("'


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELAX_PARTNER, "Gaming is where you relax, and your friends are there too."),
        ("They want to build flats on the allotments.", "The allotment is where you relax."),
        ("Sunday is the only day off I get this month.", "Sunday is the one day we relax."),
        ("My dad won't retire.", "He can relax once the business is sold, you said."),
    ],
)
def test_relax_said_of_someone_dismisses_nothing(partner: str, reply: str) -> None:
    assert not any(r.startswith(DISMISSED) for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    "reply", ["Relax, it's only a game.", "Oh relax, nobody cares.", "You need to relax."]
)
def test_relax_said_to_them_still_dismisses(reply: str) -> None:
    assert any(r.startswith(DISMISSED) for r in reasons(score(reply, RELAX_PARTNER)))
