"""Issue 11, rules 159 (extended), 167-169 (docs/scoring.md): their no, accepted or pushed past.

- 159 extended: "I'm going to have to take it to the director if we can't agree" is an
  ultimatum, like "... if you push";
- 167: their no accepted in so many words ("Then no loan.", "Fair enough, no overtime.") agrees
  with them;
- 168: their reason called fair ("Seven months is a fair reason to say no.") validates it;
- 169: "no", "was" and "die" are English words too: a reply of them and English ("Understood, no
  form, no trip.") is English, not Spanish (it went unscored).

Partners in engineering, a ward rota, a school, procurement and housing; hard negatives for each.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

LOAN = (
    "You're asking me to lend you Tomasz for three months. He's the only one on my team who "
    "understands the billing reconciler, and the last time I lent someone out I got her back "
    "after seven months. So no."
)
WARD = "I'm not doing another double shift this month. I've done four already. No."
SCHOOL = "We can't take your son on the trip without the signed medical form. That's the rule."
TENDER = "We won't extend the tender deadline. Every bidder had the same six weeks."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 159 extended --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            LOAN,
            "I understand your position, but I really need him, so I'm going to have to take it "
            "to the director if we can't agree.",
        ),
        (TENDER, "We're going to have to escalate this to the board if we can't settle it today."),
    ],
)
def test_an_escalation_if_they_will_not_agree_is_an_ultimatum(partner: str, reply: str) -> None:
    assert any(r.startswith("ultimatum") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "I'm going to take it to the director together with you, so we can agree a plan."),
        (WARD, "I'll raise it with the ward manager if you'd like, so nobody asks you again."),
    ],
)
def test_an_escalation_for_them_is_no_ultimatum(partner: str, reply: str) -> None:
    assert not any(r.startswith("ultimatum") for r in _said(reply, partner))


# -- 167 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "Then no loan. Could he run one handover session for us?"),
        (WARD, "Fair enough, no double shift."),
        (SCHOOL, "Understood, no form, no trip. I'll get it signed tonight."),
    ],
)
def test_their_no_accepted_agrees(partner: str, reply: str) -> None:
    assert any(r.startswith("agreed with them") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WARD, "OK, no worries."),  # a stock phrase, not their no
        (LOAN, "Then no one will fix the reconciler when it breaks."),
        (TENDER, "Fine, no way I'm bidding again."),
    ],
)
def test_no_acceptance_of_their_no(partner: str, reply: str) -> None:
    assert not any(r.startswith("agreed with them") for r in _said(reply, partner))


# -- 168 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "Seven months is a fair reason to say no."),
        (WARD, "Four doubles already is a very good reason not to do a fifth."),
        (TENDER, "Equal time for every bidder is a sound reason for holding the date."),
    ],
)
def test_their_reason_called_fair_validates(partner: str, reply: str) -> None:
    assert any(r.startswith("validated their view") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "That's not a good reason to say no."),  # negated: not validation
        (SCHOOL, "Is that a fair reason to exclude him?"),
    ],
)
def test_their_reason_not_called_fair(partner: str, reply: str) -> None:
    assert not any(r.startswith("validated their view") for r in _said(reply, partner))


# -- 169 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        "Understood, no form, no trip. I'll get it signed tonight.",
        "No. No way. No.",
        "Was that the last form? No, it was the consent one.",
    ],
)
def test_english_with_no_and_was_is_english(reply: str) -> None:
    assert score(reply, SCHOOL).scored


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("No, no, no. Lo siento, no puedo.", "language:es"),
        ("Gracias, no es posible.", "language:es"),
        ("Was ist das? Ich verstehe nicht.", "language:de"),
        ("Die Antwort ist nein.", "language:de"),
    ],
)
def test_other_languages_with_those_words_are_still_detected(reply: str, language: str) -> None:
    result = score(reply, SCHOOL)
    assert not result.scored and result.reason == language
