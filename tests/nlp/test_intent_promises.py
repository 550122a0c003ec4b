"""A promise put to the listener ("Expect the options from me by lunchtime") is matched as the
speaker's own ("I'll get you the options by lunchtime").

Found as a miss on the docs-only dev set (a deal desk's follow-up): "expect" is in no example of a
commitment, and alone it came closer to ordinary talk ("I'm working from home on Fridays") than
to "I'll send you the alternative pricing options by noon". Only the text that is encoded
changes; what the speaker delivers is decided by :func:`.intent_readings.speaks`, so a warning
("Expect delays next week") or someone else's move ("Expect a call from HR") stays as it is.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_encoding import PROMISE, as_matched
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    ("reply", "read"),
    [
        (
            "Expect the options from me by lunchtime.",  # sales
            "I'll get you the options from me by lunchtime.",
        ),
        (
            "Expect the discharge letter from me before noon.",  # a hospital ward
            "I'll get you the discharge letter from me before noon.",
        ),
        (
            "OK, expect the revised rota tomorrow.",  # HR, after an acknowledgement
            "OK, I'll get you the revised rota tomorrow.",
        ),
        (
            "Expect the permit decision from my team by the end of the week.",  # public sector
            "I'll get you the permit decision from my team by the end of the week.",
        ),
        ("Expect the hotfix tonight.", "I'll get you the hotfix tonight."),  # software
    ],
)
def test_a_promise_put_to_the_listener_is_read_as_the_speakers(reply: str, read: str) -> None:
    assert as_matched(reply) == read


@pytest.mark.parametrize(
    "other",
    [
        "Expect delays next week.",  # a warning, not a delivery
        "Expect a call from HR.",  # someone else's move
        "Expect to hear from legal by Friday.",  # what the listener will do
        "Expect the worst.",
        "Don't expect the refund before Friday.",  # a no, and it opens with "Don't"
        "I expect you to fix it by Friday.",  # a demand on the listener
        "We expect the audit findings by Friday.",  # what the speaker waits for
        "I'll send you the options by noon.",  # already said as the speaker's
    ],
)
def test_anything_else_is_matched_as_written(other: str) -> None:
    assert as_matched(other) == other
    assert PROMISE not in as_matched(other) or PROMISE in other


DESK = IntentMatcher(  # sales: a deal desk asked for a discount over the cap
    [
        IntentSpec(
            "commit_followup",
            (
                "I'll send you the alternative pricing options by noon.",
                "Let me get you a revised quote today.",
                "I'll join the customer call tomorrow and walk them through it.",
                "You'll have a written offer from me before end of day.",
            ),
        ),
        IntentSpec(
            "approve_discount",
            (
                "Fine, give them the 40%.",
                "OK, I'll sign off the full discount.",
                "Go ahead and approve it over the cap.",
            ),
        ),
        IntentSpec(
            "hold_the_cap",
            (
                "I can't go past 25%.",
                "The cap stays at 25, even at quarter end.",
                "We don't approve discounts over the cap.",
            ),
        ),
    ]
)

HR = IntentMatcher(  # HR: a manager and an engineer who asked for a promotion
    [
        IntentSpec(
            "commit_written_plan",
            (
                "I'll send you the development plan by Friday.",
                "Let me get you the promotion criteria today.",
                "I'll book us a follow-up for next week.",
                "You'll have my notes from me before the review.",
            ),
        ),
        IntentSpec(
            "refuse_promotion",
            (
                "I can't promote you this cycle.",
                "There's no budget for a promotion this year.",
                "The answer is no for now.",
            ),
        ),
        IntentSpec(
            "ask_ambitions",
            (
                "What would you like to be doing in a year?",
                "Which part of the role matters most to you?",
                "What does growth look like for you?",
            ),
        ),
    ]
)

COUNCIL = IntentMatcher(  # public sector: a café owner waits for a permit
    [
        IntentSpec(
            "commit_decision",
            (
                "I'll send you the permit decision by Thursday.",
                "Let me get you an answer on the licence today.",
                "I'll call the applicant myself tomorrow morning.",
                "You'll have our ruling in writing before the hearing.",
            ),
        ),
        IntentSpec(
            "waive_inspection",
            (
                "Fine, skip the inspection this time.",
                "OK, we'll issue it without a site visit.",
                "Go ahead and open before the inspection.",
            ),
        ),
        IntentSpec(
            "hold_inspection",
            (
                "We can't issue it without an inspection.",
                "No permit goes out before the site visit.",
                "The inspection isn't optional.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # these three matched nothing before: "expect" is in no example
        (DESK, "Expect the options from me by lunchtime.", "commit_followup"),
        (DESK, "Expect the pricing from me by three.", "commit_followup"),
        (COUNCIL, "Expect the ruling by Friday.", "commit_decision"),
        # and these still match
        (DESK, "Expect a revised quote from us today.", "commit_followup"),
        (HR, "Expect the criteria from me by Friday.", "commit_written_plan"),
        (HR, "Expect my notes by the end of the day.", "commit_written_plan"),
    ],
)
def test_the_promise_matches_the_commitment(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (DESK, "Expect delays on the pricing review next week."),
        (DESK, "Expect a call from procurement about the discount."),
        (DESK, "Don't expect the options before Friday."),
        (HR, "Expect to hear from HR about the budget."),
        (HR, "Expect delays in the committee next week."),
        (HR, "Expect a call from HR."),
        (COUNCIL, "Expect delays at the permit office next week."),
        (COUNCIL, "Expect a letter from the council."),
    ],
)
def test_a_warning_or_someone_elses_move_commits_to_nothing(
    matcher: IntentMatcher, reply: str
) -> None:
    assert matcher.matched(reply) == ()
