"""Rule 262: hindsight said to them blames them for their own misfortune ("if you'd gone to the
doctor you'd never have ended up in hospital", "you knew there'd be consequences", "lesson
learnt"). Positives in health, whistleblowing, a rescinded job offer, investing, renting and
sport, each read with no blame before the change; hard negatives: the speaker's or our own
lesson, a reflection of what they knew, the speaker's own hindsight, an offer, a reflection of
their regret."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

DKA = "Diagnosed with type 1 at 34. Was in hospital with DKA last week and lost a stone."
GRASS = "I reported the falsified safety checks and now nobody at work sits with me at lunch."
OFFER = "The job offer got rescinded a week before I started, and I'd already resigned."
SHARES = "I put most of my savings into one tech stock and it's lost sixty percent."
FLAT = "My landlord kept the whole deposit and I never took photos when I moved in."
KNEE = "I tore my ACL in the cup final. The season's over for me."


def _blamed(reply: str, partner: str) -> bool:
    return any(r.startswith("blamed them") for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            DKA,
            "If you'd gone to the doctor when you first lost the weight you'd never have ended up in DKA.",
        ),
        (GRASS, "Well, nobody likes a grass. You knew there'd be consequences when you did it."),
        (OFFER, "Lesson learnt, never resign without a signed contract."),
        (SHARES, "You knew the risks when you bought it."),
        (FLAT, "If you had taken photos you wouldn't have lost the deposit. Lesson learned."),
        (KNEE, "If you'd warmed up properly you'd never have torn it."),
    ],
)
def test_hindsight_at_them_blames_them(partner: str, reply: str) -> None:
    assert _blamed(reply, partner), reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (OFFER, "It was a hard lesson learnt for me too, and it wasn't your fault."),  # own lesson
        (FLAT, "A lesson learned for us: we'll add a check-in inventory for every tenant."),
        (DKA, "You knew something wasn't right, and you kept saying so."),  # what they knew
        (SHARES, "If I'd known, I'd have told you to spread it out."),  # the speaker's hindsight
        (KNEE, "If you'd like, we can look at the rehab plan together."),  # an offer
        (
            FLAT,
            "So if you'd known, you'd never have skipped the photos.",
        ),  # their regret, reflected
    ],
)
def test_no_hindsight_blame(partner: str, reply: str) -> None:
    assert not _blamed(reply, partner), reasons(score(reply, partner))
