"""Issue 11, the sixth pass: a statement about them in the speaker's own words reflects their
feeling or meaning (the counselling construct), whatever words it uses; an exclamation over what
happened to them validates it. Judging, reassuring, steering or instructing them does not
reflect. Each positive case failed before the change (no act, a faint one, or dismissal)."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts

LEAVE = "My manager cancelled my leave for the third time this year."
SON = "My son hasn't spoken to me since he moved out, and the house is so quiet."
CHEMO = "I've been nursing my mum through chemo and working full time."
LEAK = "The landlord hasn't answered in a month and the leak is getting worse."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEAVE, "You've been counting on that time off for months."),
        (SON, "Losing that closeness has left a hole in you."),
        (CHEMO, "Of course you're running on empty."),
        (CHEMO, "Looking after her has taken a great deal out of you."),
        (LEAK, "So it's the silence from the landlord that gets to you, more than the leak."),
    ],
)
def test_a_statement_about_them_is_a_reflection_and_engages(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["reflection"]
    result = score(reply, partner)
    assert "didn't engage with what they said" not in reasons(result), reasons(result)
    assert not any("dismisses" in r for r in reasons(result)), reasons(result)
    assert result.listening >= 45


def test_a_reflective_opening_is_as_clear_as_its_wording_when_the_encoder_reads_it_faintly() -> (
    None
):
    partner = "You copied my library into your project and removed the licence header."
    reply = "So it's the missing credit that bothers you, not the reuse itself."
    sentence = score(reply, partner)
    assert "didn't engage with what they said" not in reasons(sentence), reasons(sentence)
    assert sentence.listening >= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEAVE, "You're lucky you still have a job."),
        (CHEMO, "Your mum would want you to rest, so take a week off."),
        (LEAVE, "You'd be mad to stay there."),
        (CHEMO, "Vitamin D can lift your energy, so get some today."),
        (LEAVE, "You always make a fuss about leave."),
        (LEAK, "If you push back now, you'll get it fixed."),
    ],
)
def test_judging_steering_or_instructing_them_is_no_reflection(partner: str, reply: str) -> None:
    assert "reflection" not in acts(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("They rang from the school to say my son collapsed in PE.", "What a frightening call."),
        ("The flood took everything on the ground floor.", "What an awful thing to come home to."),
    ],
)
def test_an_exclamation_over_what_happened_to_them_validates_it(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["validation"]
    assert "didn't engage with what they said" not in reasons(score(reply, partner))


def test_an_exclamation_over_them_or_their_point_is_no_validation() -> None:
    assert "validation" not in acts("What a joke.", LEAVE)
    assert "validation" not in acts("What a drama over nothing.", LEAVE)
