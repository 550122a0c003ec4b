"""Issue 11, rules 350-369 (docs/scoring.md): gaming forms that still beat a plain decent reply.

Found on the second gaming set's dev half (tests/scoring/data/gaming_dev.yaml); every test here
is written in other domains than the line it was found on, with hard negatives: skilled replies
that share words with the gaming form keep their score.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

HOSTILITY = "hostility caps"


def capped(reply: str, partner: str) -> bool:
    """The hostility cap held the reply down, or a hostile cue took its points."""
    return any(
        r.startswith((HOSTILITY, "attacked their view", "blamed them"))
        for r in reasons(score(reply, partner))
    )


# -- rule 350: a label they fear being given is theirs ------------------------------------------
SHIFTS = (
    "I keep saying yes to extra shifts because I'm scared they'll think I'm lazy if I say no, and "
    "now I barely see my kids."
)
MEETINGS = "I never speak up in design reviews. I'm terrified the seniors will think I'm stupid."
CLINIC = (
    "I don't want to ring the GP again about the headaches, they must think I'm a hypochondriac "
    "by now."
)
TENANT = (
    "I haven't asked the landlord about the mould again because I don't want to seem difficult."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            SHIFTS,
            "So the fear of looking lazy is costing you evenings with your kids. What goes "
            "through your mind right before you say yes?",
        ),
        (MEETINGS, "You're scared of looking stupid in front of the seniors, so you stay quiet."),
        (
            CLINIC,
            "You're worried they'll think you're a hypochondriac, so the headaches go unchecked.",
        ),
        (TENANT, "So the worry of seeming difficult is keeping you quiet about the mould."),
    ],
)
def test_a_label_they_fear_reflected_back_is_no_attack(partner: str, reply: str) -> None:
    assert not capped(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFTS, "Honestly, you're lazy if you can't handle a few extra shifts."),
        (MEETINGS, "You're scared of looking stupid, and frankly you are stupid."),
        # a harsh word they never came near is the speaker's, whatever the frame
        (TENANT, "Your landlord will think you're an idiot if you keep emailing him."),
    ],
)
def test_the_speakers_own_label_still_attacks(partner: str, reply: str) -> None:
    assert capped(reply, partner)
