"""A promise with no time and no will behind it is no commitment (issue 12): "I'll sort it one
of these days." met an intent in 24 readable sets, "I might get round to calling the trainer
next week." a warehouse's `commit_follow_up`. Checked in several domains; hard negatives: a
time that binds, a condition on them, the move in a clause of its own before the hedge."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_hedged import hedges, hedging, may_hedge
from roleplay.nlp.intents import IntentMatcher, IntentSpec

WAREHOUSE = IntentMatcher(  # operations: forklift certificates run out before a peak week
    [
        IntentSpec(
            "commit_follow_up",
            (
                "I'll call the trainer on Monday and book the refresher.",
                "I'll have new dates for the course by Wednesday.",
                "I'll email you the training plan tomorrow morning.",
            ),
        ),
        IntentSpec(
            "ask_about_peak",
            (
                "Which shifts need the certified drivers most?",
                "How many drivers do you need on the night shift?",
                "When does the peak week start?",
            ),
        ),
    ]
)

COUNCIL = IntentMatcher(  # public sector: a resident wants a broken streetlight reported
    [
        IntentSpec(
            "commit_report",
            (
                "I'll log the streetlight with highways today.",
                "I'll raise a repair ticket this afternoon and send you the number.",
                "I'll report it before five and call you back.",
            ),
        ),
        IntentSpec(
            "refuse",
            (
                "Streetlights aren't something this office handles.",
                "I can't log repairs from this desk.",
                "No, you'll need to report it online.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (WAREHOUSE, "I might get round to calling the trainer next week.", "commit_follow_up"),
        (WAREHOUSE, "I'll book the refresher one of these days.", "commit_follow_up"),
        (COUNCIL, "I'll log the streetlight when I get a chance.", "commit_report"),
        (COUNCIL, "If I have time, I'll raise a ticket for it.", "commit_report"),
        (COUNCIL, "I'll report it when things calm down here.", "commit_report"),
    ],
)
def test_a_hedged_step_is_no_commitment(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert hedges(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            WAREHOUSE,
            "I'll ring the trainer on Monday and get the course booked.",
            "commit_follow_up",
        ),
        (
            COUNCIL,
            "I'll log it with highways today; the rest when I get a chance.",
            "commit_report",
        ),
        (COUNCIL, "I'll raise the ticket this afternoon and send you the number.", "commit_report"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "I'll call the trainer on Monday.",
        "I'll check the figures if you send them.",
        "I'll refund it today; the rest when I get a chance.",
        "Take your time.",
    ],
)
def test_what_is_no_hedge(part: str) -> None:
    assert not hedges(part)


def test_the_first_check_and_an_intent_that_hedges() -> None:
    assert may_hedge("i'll do it one of these days.")
    assert not may_hedge("i'll refund it today.")
    assert hedging(("I'll look at it when I get a chance.",))
    assert not hedging(("I'll call on Monday.",))
