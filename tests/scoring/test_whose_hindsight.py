"""Rule 430: hindsight read by whose act it judges. The speaker's own ("we should have rung
you") owns a fault: an apology and no advice; theirs ("Should have worn earplugs", "if you'd
pushed harder ... it wouldn't have taken nine years") blames them, however calm; a burden they
should not have had ("you shouldn't have to carry our promise") or a wrong done to them ("you
should have been told") validates them and blames no one. Fires in health, allotments, online
moderation, contracts, renting and parking; hard negatives from engineering, medicine, family
and sport: a modal perfect with no act ("You should have the draft by Friday"), an expectation
("should have heard back by now"), an offer ("If you'd like ..."), their regret reflected, and
a third party's act."""

from __future__ import annotations

import pytest

from roleplay.scoring.hindsight import FOR_THEM, NONE, OWN, THEIRS, readings

from .reasons import reasons, score

TINNITUS = "Three months of tinnitus after one gig. ONE gig, no earplugs, I'm 24."
ENDO = "Nine years of being told it's normal period pain, take ibuprofen. Finally diagnosed."
PLOT = "Six weeks in hospital and the allotment committee sends a letter, nobody rang me."
BAN = "You accused me of cheating in the leaderboard thread with no evidence."
CAP = "I'm not signing with the liability cap removed. That's sales's problem, not mine."
DEPOSIT = "My landlord kept the whole deposit and never told me about the damage."
PARKING = "I got a parking fine at the hospital while visiting my mum."
RELEASE = "The release is late again and the client is furious."
RESULTS = "I've waited three weeks for my biopsy results."
KNEE = "I tore my ACL in the cup final. The season's over for me."


def _read(reply: str) -> list[str]:
    low = reply.lower()
    return [whose for _, _, whose in readings(low, ((0, len(low)),))]


@pytest.mark.parametrize(
    ("reply", "whose"),
    [
        ("We should have rung you.", OWN),
        ("I accused you without evidence, and I shouldn't have.", OWN),
        ("Should have worn earplugs.", THEIRS),
        ("You should've taken photos when you moved in.", THEIRS),
        ("If you'd pushed harder for a referral it wouldn't have taken nine years.", THEIRS),
        ("You should have been more careful.", THEIRS),
        ("You shouldn't have to carry our promise about Friday.", FOR_THEM),
        ("You shouldn't have had to chase it three times.", FOR_THEM),
        ("You should have been told before he kept it.", FOR_THEM),
        ("You should have the draft by Friday.", NONE),
    ],
)
def test_whose_act(reply: str, whose: str) -> None:
    assert _read(reply) == [whose]


@pytest.mark.parametrize(
    "reply",
    [
        "If you'd like, I can help you write the appeal.",  # an offer
        "So if you'd known, you'd never have signed it.",  # their regret, reflected
        "He should have told you sooner.",  # a third party's act: rule 153's
        "You should have got that letter by now.",  # an expectation
    ],
)
def test_no_reading_of_their_fault(reply: str) -> None:
    assert THEIRS not in _read(reply)


def _has(reply: str, partner: str, prefix: str) -> bool:
    return any(r.startswith(prefix) for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TINNITUS, "Should have worn earplugs. Everyone knows that by 24."),
        (
            ENDO,
            "If you'd pushed harder for a referral instead of taking the ibuprofen it "
            "wouldn't have taken nine years.",
        ),
        (KNEE, "Should've stretched before the final, honestly."),
    ],
)
def test_their_act_judged_is_blame(partner: str, reply: str) -> None:
    s = score(reply, partner)
    assert _has(reply, partner, "blamed them"), reasons(s)
    assert s.empathy <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            CAP,
            "Unlimited liability is a real exposure, and you shouldn't have to carry our promise.",
        ),
        (DEPOSIT, "You should have been told before he kept it."),
        (PARKING, "You shouldn't have had to pay that while visiting your mum."),
        (RELEASE, "You should have the draft by Friday, and the fix on Monday."),
        (RESULTS, "You should have heard back by now; I'd ring the clinic tomorrow."),
    ],
)
def test_no_blame_for_what_is_not_their_act(partner: str, reply: str) -> None:
    assert not _has(reply, partner, "blamed them"), reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CAP, "You shouldn't have to carry our promise about Friday."),
        (PARKING, "You shouldn't have had to pay that while visiting your mum."),
    ],
)
def test_their_burden_named_validates(partner: str, reply: str) -> None:
    s = score(reply, partner)
    assert _has(reply, partner, "validated their view"), reasons(s)
    assert not _has(reply, partner, "this sentence jumps to advice"), reasons(s)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PLOT, "We should have rung you."),
        (BAN, "I accused you without evidence, and I shouldn't have."),
    ],
)
def test_own_fault_is_an_apology_not_advice(partner: str, reply: str) -> None:
    s = score(reply, partner)
    assert _has(reply, partner, "apologised"), reasons(s)
    assert not _has(reply, partner, "this sentence jumps to advice"), reasons(s)


# rule 432: their fault denied is no blame; it takes their side


DKA = "Was in hospital with DKA last week, and people at work keep commenting on my weight."
SLIPPED = "The release slipped and my boss blamed me for it in front of everyone."
EXPELLED = "My son got expelled and I keep thinking I did something wrong as a mum."
FRIEND = "My best friend of fifteen years has stopped replying to my messages."
DEPLOY = "The deploy broke checkout for an hour."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DKA, "That's a hard place to be in, and none of it is your fault."),
        (SLIPPED, "None of this was your fault; the date was set before you joined."),
        (EXPELLED, "Nothing about this is your fault."),
        (SLIPPED, "The slip isn't on you, and saying it in front of everyone was unfair."),
    ],
)
def test_their_fault_denied_is_no_blame(partner: str, reply: str) -> None:
    s = score(reply, partner)
    assert not _has(reply, partner, "blamed them"), reasons(s)
    assert not _has(reply, partner, "this sentence blames them"), reasons(s)
    assert _has(reply, partner, "validated their view"), reasons(s)
    assert s.empathy > 45


def test_blame_is_still_blame() -> None:
    reply = "Honestly, it's your fault for pushing on a Friday."
    assert _has(reply, DEPLOY, "blamed them"), reasons(score(reply, DEPLOY))


def test_the_speakers_own_fault_denied_takes_no_side_of_theirs() -> None:
    assert FOR_THEM not in _read("It's not my fault the date moved, it's yours.")


def test_a_guess_at_their_innocence_is_not_read_as_taking_their_side() -> None:
    reply = "I'm sure you didn't do anything wrong, and if she can't see that she's not worth it."
    assert FOR_THEM not in _read(reply)
