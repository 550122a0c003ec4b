"""Issue 11, rules 200-201 (docs/scoring.md): hardship acknowledged in plain words.

- 200: "nothing" inside the phrase a cue is said of ("Three reports and nothing is
  infuriating", "A month with nothing back is awful") does not negate the cue;
- 201: "that would drive me mad / up the wall" validates their feeling as one anyone would have,
  as "that would make me angry too" does (rule 155);
- 202: a guess at what it does to their life ("must wreck your sleep", "must be ruining your
  weekends") names how hard it is, as "must have been awful" does (rule 154).

Partners in housing, health, engineering, retail, HR and the public sector; each rule has hard
negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

LIFT = (
    "I reported the broken lift in our block three times and the housing office still hasn't "
    "sent anyone."
)
REFERRAL = "My GP referred me to cardiology in March and I've heard nothing since."
TICKET = "I filed the bug with the platform team two sprints ago and it's still untriaged."
REFUND = "I returned the jacket six weeks ago and the shop still hasn't refunded me."
EXPENSES = "My expenses from the conference have been 'in review' for two months."
PERMIT = "We applied for the parking permit in May and the council keeps losing the form."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 200 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LIFT, "Three reports and nothing is infuriating."),
        (REFERRAL, "Months of waiting with nothing back is awful."),
        (TICKET, "Two sprints and nothing must be frustrating."),
        (REFUND, "Six weeks after the return with nothing from them sounds maddening."),
    ],
)
def test_nothing_inside_the_phrase_does_not_negate_the_cue(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("negated a supportive phrase") for r in said)
    assert any(r.startswith("acknowledged it's hard") for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LIFT, "Nothing is infuriating about a lift."),
        (EXPENSES, "There's nothing hard about a review."),
        (PERMIT, "Honestly, nothing is that frustrating about forms."),
    ],
)
def test_nothing_as_the_subject_still_negates(partner: str, reply: str) -> None:
    assert not any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


# -- 201 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REFERRAL, "Not hearing anything for a month would drive me mad."),
        (EXPENSES, "Two months in review would drive me up the wall."),
        (PERMIT, "Losing the same form twice would have driven me round the bend."),
    ],
)
def test_it_would_drive_me_mad_validates(partner: str, reply: str) -> None:
    assert any(r.startswith("validated their view") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TICKET, "It wouldn't drive me mad, to be honest."),
        (REFUND, "I'll drive me and the jacket back to the shop tomorrow."),
        (PERMIT, "My neighbour would drive me to the council office."),
    ],
)
def test_other_drives_do_not_validate(partner: str, reply: str) -> None:
    assert not any(r.startswith("validated their view") for r in _said(reply, partner))


# -- 202 -----------------------------------------------------------------------------------------
NIGHTS = (
    "The neighbours' building work starts at 7am every day, including Saturdays, and I work nights."
)
ON_CALL = "I've been on call every other week since March because we're two engineers short."
CARER = "I do my dad's meds before work and again at night, and my brother never helps."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NIGHTS, "Drilling at 7 after a night shift must wreck your sleep."),
        (ON_CALL, "Every other week on call must be eating into your evenings."),
        (CARER, "Doing it twice a day on your own must have played havoc with your routine."),
    ],
)
def test_what_it_does_to_their_life_named_in_a_guess(partner: str, reply: str) -> None:
    assert any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NIGHTS, "We must ruin your plans, sorry, the work has to finish."),
        (ON_CALL, "I must be ruining your evenings with all these pages."),
        (CARER, "You must disrupt your routine less if you want it to work."),
        (ON_CALL, "If you don't fix the alerts, it will ruin your evenings."),
    ],
)
def test_a_speaker_or_a_warning_is_no_guess_at_their_hardship(partner: str, reply: str) -> None:
    assert not any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))
