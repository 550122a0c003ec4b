"""Pointing them elsewhere for what they need (docs/scoring.md rule 39).

Rule 20 read three moves as playing down their need, each costing empathy and collaboration.
The third - pointing them to another source or way to meet it ("Your ward has other imaging
options", "Have them bring their own kit") - is a claim on a shared resource, not a judgement of
how they feel: on the CaSiNo TRAIN split such turns were labelled as showing empathy about seven
times as often as the average turn. It is now its own cue, `other_source`: collaboration only,
across the table. And it claims only when something is claimed - their line asks for something or
states a need, or the reply claims something for the speaker; "Maybe you could ask your GP for
a referral" to a worried patient was `-30 collaboration, -23 empathy: played down what they
need` and across the table, and is now a suggestion that the cue layer's advice rules read.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.other_source import claims_for_self

from .reasons import score

ELSEWHERE = "pointed them elsewhere for what they need"
PLAYED_DOWN = "played down what they need"

POINTED_ELSEWHERE = [
    # healthcare
    (
        "The ward needs the portable scanner on nights.",
        "Your ward has other imaging options, like the main department.",
    ),
    (
        "We need more appointment slots for our patients.",
        "The walk-in clinic probably has some spare slots available.",
    ),
    # sales
    (
        "The client needs the demo kit for their trade fair.",
        "Have them bring their own demo kit, it's their fair.",
    ),
    # facilities
    (
        "Our office needs the extra meeting rooms.",
        "There are probably plenty of rooms around the building.",
    ),
    # engineering, with the speaker's own claim
    (
        "We need both engineers for the launch.",
        "Perhaps you could borrow one from the platform team. We really need ours for the "
        "migration.",
    ),
    # operations
    (
        "I need the van on Friday for the move.",
        "Maybe you could hire one for the day, I'd like to keep ours for the site visits.",
    ),
    # procurement: their line asks for it
    (
        "Can I have the two extra licences for my analysts?",
        "You could buy a couple of cheap seats from the reseller.",
    ),
    # camping (CaSiNo's own wording)
    (
        "I really need extra firewood, it gets freezing at night.",
        "I could use 1 package of firewood if your family has other heating options like a "
        "butane cooker.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), POINTED_ELSEWHERE)
def test_pointing_them_elsewhere_costs_collaboration_not_empathy(partner: str, reply: str) -> None:
    result = score(reply, partner)
    items = [e for e in result.evidence if ELSEWHERE in e.reason]
    assert items, [e.reason for e in result.evidence]
    assert {e.dimension for e in items} == {"collaboration"}
    assert all(e.points < 0 for e in items)
    assert not any(PLAYED_DOWN in e.reason for e in result.evidence)
    assert result.collaboration < 45
    assert result.same_side == "across"


# Hard negatives: the same wording with nothing claimed is a suggestion (health forum,
# parenting support, an online dispute, study help).
SUGGESTIONS = [
    (
        "I've been so anxious about this lump on my neck.",
        "Maybe you could ask your GP for a referral.",
    ),
    (
        "My son hasn't slept properly in weeks and I'm exhausted.",
        "Perhaps you could try a wind-down hour before bed.",
    ),
    (
        "The page keeps getting reverted and I'm fed up.",
        "Maybe you could find a second source for the claim.",
    ),
    ("I failed the mock exam and I feel stupid.", "You could find the past papers in the library."),
]


@pytest.mark.parametrize(("partner", "reply"), SUGGESTIONS)
def test_a_suggestion_with_nothing_claimed_is_no_move_across_the_table(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    reasons = [e.reason for e in result.evidence]
    assert not any(ELSEWHERE in r or PLAYED_DOWN in r for r in reasons), reasons
    assert result.same_side != "across"
    assert result.collaboration >= 45


def test_denying_their_need_still_costs_empathy() -> None:
    result = score(
        "You don't really need a second engineer for that.",
        "We need a second engineer for the release.",
    )
    items = [e for e in result.evidence if PLAYED_DOWN in e.reason]
    assert {e.dimension for e in items} == {"collaboration", "empathy"}
    assert result.empathy < 45


def test_giving_it_to_them_points_nowhere_else() -> None:
    result = score("Perhaps you could take both engineers this sprint.", "We need both engineers.")
    assert not any(ELSEWHERE in e.reason for e in result.evidence)


@pytest.mark.parametrize(
    ("reply", "claims"),
    [
        ("we really need ours for the migration.", True),
        ("i'd like to keep the slots for cardiology.", True),
        ("i could use 1 package of firewood.", True),
        ("i'm hoping to get the bigger room.", True),
        ("it would be great to get the extra budget.", True),
        ("our team needs the server.", True),
        ("maybe you could ask your gp for a referral.", False),
        ("i can give you the van on friday.", False),
        ("i would like to help you with the move.", False),
    ],
)
def test_what_claims_something_for_the_speaker(reply: str, claims: bool) -> None:
    assert claims_for_self(reply) is claims
