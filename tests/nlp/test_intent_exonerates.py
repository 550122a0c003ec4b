"""Taking the blame off someone is no move of the intent's (issue 12): "You did nothing wrong by
arriving late." met a hotel's `blame_guest`, "It's not your fault the order went missing." a
chef's `blame_the_chef` and an excuse; each such reply met blame, an excuse, owning a mistake
or a refusal in 5-6 readable sets. Checked in several domains; hard negatives: an excuse for
the speaker's own side, blame put elsewhere, an intent that reassures in those words."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_exonerates import exonerates, exonerating, may_exonerate
from roleplay.nlp.intents import IntentMatcher, IntentSpec

HOTEL = IntentMatcher(  # hospitality: a guest's room was given away after a late arrival
    [
        IntentSpec(
            "blame_guest",
            (
                "You should have told us you'd arrive after midnight.",
                "If you'd called ahead, the room would still be yours.",
                "Guests who arrive this late have to let the desk know.",
            ),
        ),
        IntentSpec(
            "own_the_mistake",
            (
                "We gave your room away and that was our mistake.",
                "That's on us; the booking was guaranteed and we broke it.",
                "I'm sorry, we got this wrong.",
            ),
        ),
    ]
)

PLATFORM = IntentMatcher(  # engineering: a release broke a partner's integration
    [
        IntentSpec(
            "make_excuse",
            (
                "It's not our fault, the API provider changed the schema.",
                "The outage came from the cloud vendor, not from us.",
                "Nobody could have predicted that change.",
            ),
        ),
        IntentSpec(
            "blame_partner",
            (
                "Your team should have pinned the version.",
                "You ignored the deprecation notice for months.",
                "If your developers read the changelog this wouldn't have happened.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: a junior nurse upset after a drug round error was caught
    [
        IntentSpec(
            "reassure",
            (
                "It's not your fault; the labels on those two vials are nearly identical.",
                "Nobody is blaming you, we're fixing the labelling.",
                "You did the right thing by flagging it straight away.",
            ),
        ),
        IntentSpec(
            "blame_nurse",
            (
                "You should have double-checked the label.",
                "That was a careless mistake on your part.",
                "You need to slow down on the drug round.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HOTEL, "You did nothing wrong by arriving late.", "blame_guest"),
        (HOTEL, "You're not to blame for the mix-up.", "own_the_mistake"),
        (HOTEL, "It's not your fault the room went to someone else.", "blame_guest"),
        (PLATFORM, "It's not your fault the integration broke.", "make_excuse"),
        (PLATFORM, "Nobody is blaming your team for the outage.", "blame_partner"),
        (PLATFORM, "Your developers haven't done anything wrong here.", "blame_partner"),
        (WARD, "You didn't do anything wrong.", "blame_nurse"),
    ],
)
def test_clearing_them_of_blame_is_not_the_move(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # the speaker's own side cleared is an excuse
        (PLATFORM, "It's not our fault, the vendor changed the schema overnight.", "make_excuse"),
        # an intent that reassures in those words keeps meeting it
        (WARD, "It's not your fault, honestly.", "reassure"),
        (WARD, "No one blames you for this.", "reassure"),
        (WARD, "It isn't your fault at all.", "reassure"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "It's your fault.",
        "It's not our fault, the API was down.",
        "It's not your fault, it's the night shift's.",
        "It wasn't your fault, it was ours.",
        "Is it my fault?",
        "You did nothing about it.",
    ],
)
def test_what_clears_no_one(part: str) -> None:
    assert not exonerates(part)


def test_the_first_check_and_an_intent_that_clears() -> None:
    assert may_exonerate("honestly, none of this is your fault.")
    assert not may_exonerate("we'll refund the order today.")
    assert exonerating(("It's not your fault; the labels are identical.", "We'll fix it."))
    assert not exonerating(("You should have double-checked the label.",))
