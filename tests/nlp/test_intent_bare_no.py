"""A no without a negator is a refusal, whatever polarity the refusing examples have (issue 12,
fourteenth round).

"I'm going to have to decline this one." holds no negator, so it was an affirmative part and
met only affirmative examples: with every refusing example written with "can't" or "no", it
could only land on an offer it shares a word with (a product manager's scope request heard it
as offering a trade). Such a part (BARE_NO) now also meets the refusing examples of the other
polarity, with the lower of the intent's two thresholds, and one that puts nothing forward may
not match an intent none of whose examples says no. A no that comes with a move or inside a
condition ("I can find 10% if the launch money stays untouched") is no refusal.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BARE_NO, SAYS_NO
from roleplay.nlp.intents import IntentMatcher, IntentSpec

SCOPE = IntentMatcher(  # software: a feature asked for two weeks before a release
    [
        IntentSpec(
            "accept_extra_work",
            (
                "Sure, we'll squeeze the export into this release.",
                "OK, add it to the sprint, we'll make it work.",
                "Fine, the team can pick it up on top of everything else.",
            ),
        ),
        IntentSpec(
            "refuse_flat",
            (
                "No, the release is frozen.",
                "We can't take anything else on.",
                "That's not happening this release.",
                "Sorry, the answer is no.",
                "There's no room for more work in this sprint.",
            ),
        ),
        IntentSpec(
            "offer_trade",
            (
                "If we add the export, something else has to move out of the release.",
                "We could take it on if the dark mode work slips to the next sprint.",
                "Swap it for the settings redesign and we have a deal.",
                "Pick one of the three features to drop and the export can go in.",
                "We can do a CSV-only version now and the full export in the next release.",
            ),
        ),
    ]
)


def test_declining_is_no_trade() -> None:
    """Heard as offering a trade before (0.21 against its threshold of 0.20)."""
    assert SCOPE.matched("I'm going to have to decline this one.") == ()


@pytest.mark.parametrize(
    "reply",
    [
        "I'm afraid I have to pass on this one.",
        "The sprint is locked, sorry.",
        "That's off the table for this release.",
    ],
)
def test_a_no_without_a_negator_meets_refusals_written_with_one(reply: str) -> None:
    """Each matched nothing before: the refusing intent's examples all hold a negator."""
    assert SCOPE.matched(reply) == ("refuse_flat",)


@pytest.mark.parametrize(
    "reply",
    [
        "Swap it for the onboarding tweaks and it's in.",  # a trade, no refusal
        "Fine, it's in the release.",  # giving in
        "The release is on Friday.",  # a fact
    ],
)
def test_what_says_no_to_nothing_meets_no_refusal(reply: str) -> None:
    assert "refuse_flat" not in SCOPE.matched(reply)


LEAVE = IntentMatcher(  # a hospital ward: a nurse asks for the 14th off in a short week
    [
        IntentSpec(
            "grant_leave",
            (
                "OK, take the 14th off, I'll cover the shift.",
                "Fine, you can have the day.",
                "Sure, I'll find someone for the 14th.",
            ),
        ),
        IntentSpec(
            "refuse_leave",
            (
                "I can't give you the 14th, we're two nurses short.",
                "No, that week nobody can be off.",
                "I won't approve leave in go-live week.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "That week is off the table.",
        "I'm going to have to decline the 14th.",
        "The 14th is locked, sorry.",
    ],
)
def test_a_bare_no_on_a_ward_refuses_the_leave(reply: str) -> None:
    """The first two matched nothing before, the third `grant_leave` (the docs' warning,
    thirteenth round: with every refusing example holding a negator, such a no could land on
    the intent that gives in)."""
    assert LEAVE.matched(reply) == ("refuse_leave",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm going to have to decline this one.", BARE_NO),
        ("The price is final.", BARE_NO),  # sales
        ("Lifting without a permit would breach the site rules.", BARE_NO),  # a building site
        ("I can't sign that.", SAYS_NO),  # a negator: compared with negative examples only
    ],
)
def test_how_a_no_is_read(sentence: str, expected: int) -> None:
    assert part_mood(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I can find 10% from travel if the launch money stays untouched.",  # budgeting
        "We could do the slab Monday as long as the crane stays put.",  # a building site
        "We can ship the CSV export now, the full scope is locked for March.",  # software
    ],
)
def test_a_no_inside_a_condition_or_beside_a_move_is_no_refusal(sentence: str) -> None:
    """The first was read as a refusal (and heard as `refuse_all`) once a no without a negator
    also met negative refusals."""
    assert not refuses(sentence)
