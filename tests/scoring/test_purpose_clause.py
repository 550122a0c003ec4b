""" "You always / you never" in the purpose clause of the speaker's offer blames no one
(docs/scoring.md rule 54).

From a user (issue 11's known defects): "Could I send you a one-page summary of the process so
you always have the answer?" read "you always" as blame (-16 collaboration, -16 empathy) and the
hostility cap held the whole reply at 30.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

BLAMED = "blamed them"

OFFERS = [
    # operations
    (
        "Your team keeps asking me the same questions about the release process.",
        "Could I send you a one-page summary of the process so you always have the answer?",
    ),
    # finance
    (
        "I missed the expenses cut-off again and now I'm out of pocket for a month.",
        "I'll add a calendar reminder so that you never miss the cut-off.",
    ),
    # health
    (
        "I've had to chase the clinic three times for my results.",
        "Let me book the follow-up myself, so you never have to chase them again.",
    ),
    # HR
    (
        "I never know who is covering the front desk on Fridays.",
        "We can put the rota on the shared calendar to make sure you always know who's on.",
    ),
    # public sector
    (
        "The bin day changed and nobody told us, so our street was missed.",
        "We could text you when the collection day moves, so you never miss one.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), OFFERS)
def test_you_always_in_the_purpose_of_an_offer_is_no_blame(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any(BLAMED in r or "hostility caps" in r for r in found), found
    assert result.collaboration > 45


BLAME = [
    ("The release notes were late again.", "You always send them late."),
    (
        "I did most of the analysis for the report.",
        "We did the work, so you always take the credit.",
    ),
    ("I feel like you don't hear me in these meetings.", "I'll say it again: you never listen."),
    ("Can we revisit the rota?", "So you always get your way, then?"),
    ("The clinic lost my referral.", "It's because you never fill the forms in properly."),
]


@pytest.mark.parametrize(("partner", "reply"), BLAME)
def test_you_always_without_an_offer_still_blames(partner: str, reply: str) -> None:
    assert any(BLAMED in r for r in reasons(score(reply, partner)))
