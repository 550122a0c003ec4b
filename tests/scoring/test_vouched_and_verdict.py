"""Rule 331 (docs/scoring.md, `scoring/defended_party.py`): two more ways of taking the side of
the one their line is hurt by, read as rule 260's plea. Their motive vouched for ("Your parents
are just looking out for you", which earned "+6 listening: reflected what they said ("for
you")"), and a verdict for what was done to them ("the ban sounds fair enough to me", which
earned "+15 empathy: validated their view" and "+5 agreed with them").

Positives in family life, grassroots sport, HR, an online community and caring; hard
negatives: their own point called fair, a proposal called fair, a negated verdict, a verdict on
something their line does not name, a question, a line with no grievance.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.defended_party import DEFENDED_REASON, defended

from .reasons import reasons, score

PHONE = (
    "My parents took my phone and said I can't see my friends until my grades go up. They "
    "don't trust me at all."
)
TOUCHLINE = (
    "i got banned from my lads matches for the rest of the season after i went at the ref. i "
    "didnt touch him. my son's barely said two words to me since."
)
SHIFTS = (
    "My manager suspended me for a week because I missed three shifts when my kid was in "
    "hospital. He didn't even ask why."
)
SERVER = "The mods gave me a three-day mute for one joke and they won't tell me which rule I broke."
CARE = (
    "My sister keeps ringing the care home behind my back to check on mum's meds. She doesn't "
    "trust me to manage it."
)
ROTA = "Nobody else has done a weekend on call since March and my lead won't change it."
SWAP = "How about I take Mondays and you take Fridays? My manager said either works for her."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PHONE, "Your parents are just looking out for you."),
        (CARE, "She's only trying to help."),
        (SHIFTS, "He's probably just protecting you from burning out."),
        (TOUCHLINE, "Screaming at a ref isn't okay, so the ban sounds fair enough to me."),
        (SHIFTS, "Honestly the suspension seems fair, you did miss three shifts."),
        (SERVER, "The mute seems pretty reasonable to me."),
        (SERVER, "Tbh the mute's fair."),
    ],
)
def test_their_motive_vouched_for_or_a_verdict_for_it_takes_their_side(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert any(r.startswith(DEFENDED_REASON) for r in said)
    assert not any(
        r.startswith(("validated their view", "agreed with them", "reflected what they said"))
        for r in said
    )


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROTA, "Your point is fair, the rota hasn't been shared out."),  # their own point
        (SWAP, "That sounds fair to me, let's do it."),  # their proposal, no grievance
        (SERVER, "The mute doesn't seem fair to me."),  # negated
        (SHIFTS, "The suspension isn't reasonable when your kid was in hospital."),
        (SHIFTS, "The suspension was never fair, not with your kid in hospital."),
        (PHONE, "The weather is reasonable this week, at least."),  # not theirs
        (PHONE, "Are your parents just looking out for you, do you think?"),  # a question
        (SWAP, "Your manager's just looking out for you."),  # no grievance in the line
    ],
)
def test_no_plea_for_the_other_side(partner: str, reply: str) -> None:
    assert defended(reply, partner) is None


@pytest.mark.parametrize(
    ("partner", "reply", "quoted"),
    [
        # rule 317's wordings (a softening adverb, the verb "to be" left out or not)
        (PHONE, "Your parents are just looking out for you.", "Your parents are just looking out"),
        (CARE, "She only wants what's best for you.", "She only wants what's best for you"),
        (SERVER, "The mods are just being careful.", "The mods are just being careful"),
        (CARE, "She's only doing what's best.", "She's only doing what's best"),
        # rule 331's (the verb "to be", at most two adverbs)
        (SHIFTS, "He's probably just protecting you.", "He's probably just protecting you"),
        (PHONE, "They're thinking of you.", "They're thinking of you"),
        (CARE, "She's clearly trying to do right by you.", "She's clearly trying to do right"),
        # one construct now: either's wordings in the other's frame
        (PHONE, "Your friends are protecting you.", "Your friends are protecting you"),
        (CARE, "She's being careful with mum.", "She's being careful"),
    ],
)
def test_rules_317_and_331_read_as_one_plea(partner: str, reply: str, quoted: str) -> None:
    span = defended(reply, partner)
    assert span is not None
    assert reply[span[0] : span[1]].startswith(quoted)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PHONE, "I'm just looking out for you."),  # the speaker's own care
        (CARE, "Your sister is looking for a new job."),  # no care for them
        (PHONE, "Your parents protecting you would mean trusting you."),  # no verb, no adverb
        (SERVER, "The mods are being careful?"),  # a question
        (SWAP, "She's being careful with the rota, so Mondays work."),  # no grievance
        (ROTA, "Your lead is looking at the rota for you."),  # no care for them
    ],
)
def test_no_plea_of_care_for_them(partner: str, reply: str) -> None:
    assert defended(reply, partner) is None
