"""A move made to wait on a third party's act, not only their yes, is a condition (issue 12).

"We'd build it this quarter if the CTO moves the migration", "If the developer pays for it, we
can redo the facade in brick", "We'll pay the new price as soon as procurement closes the
other contract" put the move off until someone else acts, as "... if finance agrees" does:
they are read as DEFERRAL, which meets only examples of its own kind in full. A condition on
the person spoken to ("if you sign for three years") or on a thing ("if dark mode moves to the
next release", "once the launch is out") is a trade or a plan, read as before.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import defers
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import DEFERRAL
from roleplay.nlp.intents import IntentMatcher, IntentSpec

RELEASE = IntentMatcher(  # software: a feature asked for two weeks before a release
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
            "offer_trade",
            (
                "If we add the export, something else has to move out of the release.",
                "We could take it on if the dark mode work slips to the next sprint.",
                "Swap it for the settings redesign and we have a deal.",
            ),
        ),
    ]
)

HOSTING = IntentMatcher(  # data protection: a customer wants US hosting
    [
        IntentSpec(
            "concede_us_hosting",
            (
                "Fine, host them in the US for now and we'll migrate later.",
                "OK, go ahead with the US region temporarily.",
                "I'll sign off on the American servers for a few weeks.",
            ),
        ),
        IntentSpec(
            "hold_eu_rule",
            (
                "I can't approve US hosting for patient data.",
                "Their records can't leave the EU.",
                "No, the US region isn't an option.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "We'd build it this quarter if the CTO moves the migration.",  # engineering
        "If the developer pays for it, we can redo the facade in brick.",  # architecture
        "We'll pay the new price as soon as procurement closes the other contract.",  # buying
        "The satay can go on tonight if the owner takes responsibility for it.",  # hospitality
        "You can have the week off once the agency sends a locum.",  # health
    ],
)
def test_a_move_waiting_on_their_act_is_a_condition(text: str) -> None:
    assert defers(text)
    assert part_mood(text) == DEFERRAL


@pytest.mark.parametrize(
    "text",
    [
        "We can take the export if dark mode moves to the next release.",  # a thing
        "We could keep 25% if you sign for three years.",  # the person spoken to
        "We could do 15% now and the rest once the launch is out.",
        "If the manager is away, I'll cover the ward myself.",  # a state, not their act
    ],
)
def test_a_condition_on_them_or_on_a_thing_is_no_deferral(text: str) -> None:
    assert not defers(text)


@pytest.mark.parametrize(
    ("matcher", "text", "intent"),
    [
        (
            RELEASE,
            "We'll add the export if the platform lead frees up two engineers.",
            "accept_extra_work",
        ),
        (
            HOSTING,
            "We'll host in the US if their IT director accepts the risk in writing.",
            "concede_us_hosting",
        ),
    ],
)
def test_waiting_on_their_act_does_not_make_the_move(
    matcher: IntentMatcher, text: str, intent: str
) -> None:
    assert intent not in matcher.matched(text)


def test_a_trade_on_a_thing_still_offers() -> None:
    got = RELEASE.matched("We can take the export if dark mode moves to the next release.")
    assert got[:1] == ("offer_trade",)
