"""Giving way to their greater need is no advice (docs/scoring.md rule 117).

"Take the room, your demo needs it more than our standup does" yields the contested thing on
their need; its imperative was read as advice. Each case in several domains, with real advice,
doubting their need and the speaker's own greater need as hard negatives.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.yielding import yields_to_their_need

from .reasons import score

ADVICE = "jumps to advice"

YIELDS = [
    # operations
    (
        "We need the conference room Thursday for the client demo.",
        "Take the room, your demo needs it more than our standup does.",
    ),
    # engineering
    (
        "Could we borrow your second on-call engineer for the migration?",
        "Take Priya for the week, your migration needs her more than we do.",
    ),
    # health
    (
        "The ward is short of a portable monitor tonight.",
        "Have our spare monitor tonight, your patients need it more than mine.",
    ),
    # sales
    (
        "I need the demo van on Friday for the trade fair.",
        "Go ahead and take the van on Friday, you need it more than I do.",
    ),
    # public sector
    (
        "The food bank needs the hall on Saturday morning.",
        "Use the hall on Saturday, the food bank needs it more than our committee.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), YIELDS)
def test_giving_way_to_their_need_is_no_advice(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(ADVICE in e.reason for e in result.evidence), result.evidence
    assert result.listening >= 45


@pytest.mark.parametrize(
    "text",
    [
        # a question doubts their need (rule 20 reads it)
        "Do you really need it more than I do?",
        # their need denied
        "You don't need the van more than I do.",
        "I don't think your team needs the slot more than mine.",
        # the speaker's own greater need
        "I need the room more than you do.",
        # advice about something they need, no yielding
        "Take a day off, you should rest.",
        "You need more sleep, go home early.",
        # more of a thing, not more than the speaker
        "Your team needs more testers than that.",
    ],
)
def test_what_yields_nothing(text: str) -> None:
    assert not yields_to_their_need(text)


@pytest.mark.parametrize(
    "text",
    [
        "Take the firewood, your kids need it more than I do.",
        "Your ward needs her more, so have our spare nurse on Saturday.",
        "Fine, you probably need the slot more than we do.",
    ],
)
def test_what_yields(text: str) -> None:
    assert yields_to_their_need(text)


def test_real_advice_is_still_advice() -> None:
    result = score("Take a day off, you should rest.", "I'm exhausted after the release.")
    assert any("advice" in e.reason for e in result.evidence), result.evidence


def test_yielding_ranks_above_keeping_it() -> None:
    partner = "We need the conference room Thursday for the client demo."
    yielding = score("Take the room, your demo needs it more than our standup does.", partner)
    keeping = score("We need the room more than you do, so we're keeping it.", partner)
    assert yielding.overall > keeping.overall
    assert yielding.empathy > keeping.empathy
