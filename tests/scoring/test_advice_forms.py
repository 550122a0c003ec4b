"""Issue 11, the thirteenth pass (rule 31a, 31b): advice in other clothes. A remedy put as "Have
you checked whether ...?" is advice in question form, not a curious question; "It sounds like
you need to ..." is advice under a reflective opener, and its opener reflects nothing. Hard
negatives: questions about what happened or how they are, and reflective openers that reflect
a wish or a need of theirs. Each positive case failed before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts

BETTING = (
    "I've lost about four thousand on betting apps since the summer, and my partner has no idea."
)
CLINIC = "Our second IVF round failed, and the clinic already wants to talk about donor eggs."
INVOICE = "The supplier says our invoice never arrived, and now they've stopped the deliveries."
REVERT = "You reverted my edit to the bridge article again. My source is the council's report."
SHIFTS = "I've worked six night shifts in a row and I can't sleep during the day any more."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BETTING, "Have you checked whether your bank can block gambling payments?"),  # counselling
        (CLINIC, "Have you asked the clinic whether you can freeze embryos next time?"),  # health
        (INVOICE, "Did you check whether it went to their spam folder?"),  # operations
        (REVERT, "Have you looked into the reliable sources guideline?"),  # online dispute
        (SHIFTS, "Have you tried blackout blinds?"),  # support (advice before too)
    ],
)
def test_a_remedy_put_as_a_question_is_advice(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["advice"]
    result = score(reply, partner)
    assert not any("asks about what matters to them" in r for r in reasons(result))
    assert result.listening < 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BETTING, "Have you told anyone how you feel about it?"),
        (CLINIC, "How are you holding up after the news?"),
        (INVOICE, "Did they say when they stopped the deliveries?"),
        (SHIFTS, "Have you been able to sleep at all this week?"),
    ],
)
def test_a_question_about_what_happened_or_how_they_are_is_not_advice(
    partner: str, reply: str
) -> None:
    assert acts(reply, partner) != ["advice"]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BETTING, "It sounds like you need to delete the apps tonight and tell your partner."),
        (CLINIC, "It sounds like you really should get the donor conversation over with."),
        (SHIFTS, "It sounds like you might want to ask your manager for day shifts."),
        (INVOICE, "Sounds like you should resend it with a read receipt."),
        (REVERT, "It seems like the best thing for you would be to take it to the talk page."),
    ],
)
def test_advice_under_a_reflective_opener_is_advice_and_reflects_nothing(
    partner: str, reply: str
) -> None:
    assert acts(reply, partner) == ["advice"]
    result = score(reply, partner)
    assert not any(r.startswith("reflected what they said") for r in reasons(result))
    assert result.listening <= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BETTING, "It sounds like you want to tell her but you're scared of what happens next."),
        (SHIFTS, "It sounds like you're running on empty."),
        (INVOICE, "It sounds like you need the deliveries back before the weekend."),
        (CLINIC, "It sounds like the clinic is moving faster than you are."),
    ],
)
def test_a_reflective_opener_on_their_wish_or_state_still_reflects(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert acts(reply, partner) != ["advice"]
    assert any(r.startswith("reflected what they said") for r in reasons(result)), reasons(result)
    assert result.listening > 45
