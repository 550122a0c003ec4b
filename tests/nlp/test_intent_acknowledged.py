"""Seeing why they want it is no move (issue 12): "I get why you want it this week." met an
intent in 11 readable sets (offers, commitments, owning a mistake, a demand for a guarantee),
"I can see why those customers matter to you." a data team's offer of aggregate data. Checked
in several domains; hard negatives: an intent that acknowledges feelings, the move after it in
the same part."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_acknowledged import (
    acknowledging,
    may_acknowledge,
    may_take_in,
    sees_why,
    takes_in,
    taking_in,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

MARKETING = IntentMatcher(  # data protection: marketing wants churned profiles kept
    [
        IntentSpec(
            "offer_aggregate_data",
            (
                "I can give you aggregated churn figures instead of the profiles.",
                "We could keep anonymised segments for the campaign.",
                "I'll build you a summary table without personal data.",
            ),
        ),
        IntentSpec(
            "extend_retention",
            (
                "OK, keep the churned profiles for three years.",
                "Fine, I'll switch off the deletion job for your list.",
                "Go ahead and keep them until the campaign is done.",
            ),
        ),
    ]
)

SUPPORT = IntentMatcher(  # a school office: a parent upset about a cancelled trip
    [
        IntentSpec(
            "acknowledge_upset",
            (
                "I understand how disappointing this is for her.",
                "That sounds really frustrating after all the planning.",
                "I can imagine how upset she was.",
            ),
        ),
        IntentSpec(
            "offer_refund",
            (
                "I'll refund the trip deposit today.",
                "We'll give you the money back in full.",
                "I can put the refund through this afternoon.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (MARKETING, "I can see why those customers matter to you."),
        (MARKETING, "I get why you want the profiles this quarter."),
        (SUPPORT, "I understand why you want the money sorted this week."),
        (SUPPORT, "I totally get why the date matters."),
    ],
)
def test_seeing_why_makes_no_move_of_an_offer(matcher: IntentMatcher, reply: str) -> None:
    assert sees_why(reply)
    assert not {"offer_aggregate_data", "extend_retention", "offer_refund"} & set(
        matcher.matched(reply)
    )


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # an intent that acknowledges keeps meeting it
        (SUPPORT, "I understand why this is so disappointing for her.", "acknowledge_upset"),
        (SUPPORT, "I get how upsetting this must be.", "acknowledge_upset"),
        # the move after it in the same part
        (
            MARKETING,
            "I get why you want them, but I can give you aggregated churn figures instead.",
            "offer_aggregate_data",
        ),
        (
            SUPPORT,
            "I understand why you're cross, and I'll refund the deposit today.",
            "offer_refund",
        ),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    ["I can see you on Friday.", "Can you see why it matters?", "I see why; let's phase it."],
)
def test_what_is_not_only_seeing_why(part: str) -> None:
    assert not sees_why(part)


def test_the_first_check_and_an_intent_that_acknowledges() -> None:
    assert may_acknowledge("i get why you want it.")
    assert not may_acknowledge("we'll refund the order today.")
    assert acknowledging(("That sounds frustrating.", "I'll refund it."))
    assert not acknowledging(("I'll refund it today.",))


# -- taking their position in, and a wish said to be shared (precision23) -------------------

CONTRACT = IntentMatcher(  # a supplier negotiating a liability cap with a bank
    [
        IntentSpec(
            "threaten_walk",
            (
                "If that's your position, we'll walk away.",
                "We have other banks in the pipeline who'd sign this today.",
                "Push on this and there's no deal.",
            ),
        ),
        IntentSpec(
            "cave_general_cap",
            (
                "Fine, make the general cap twenty-four months too.",
                "OK, we'll double the general cap.",
                "We can live with two years of fees on the general cap.",
            ),
        ),
        IntentSpec(
            "offer_supercap",
            (
                "We could put breaches under a separate cap of three years' fees.",
                "How about a super-cap just for data breaches?",
                "I can offer a higher cap for breaches only.",
            ),
        ),
    ]
)

CLINIC = IntentMatcher(  # a practice manager and a GP who wants Friday afternoons off
    [
        IntentSpec(
            "grant_fridays",
            (
                "OK, take Friday afternoons off from next month.",
                "Fine, I'll take you off the Friday rota.",
                "You can have your Fridays, I'll sort the cover.",
            ),
        ),
        IntentSpec(
            "acknowledge_strain",
            (
                "I can see how worn down the Friday sessions have left you.",
                "I hear how exhausting the late clinics are.",
                "That sounds like a lot to carry on top of the week.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "I hear how firm the board is on this.",
        "I hear how firm the board is on this, and I want it signed this quarter too.",
        "I know how firm your CFO is, and we want a deal too.",
        "I understand the bank needs unlimited cover for breaches.",
        "I want it signed this quarter too.",
        "We both want this contract in place before the audit.",
        "I understand the pressure from the board, and I'm committed to making this work.",
        "I can tell how much the bank needs this signed.",
    ],
)
def test_taking_their_position_in_is_no_move(reply: str) -> None:
    assert takes_in(reply)
    assert CONTRACT.matched(reply) == ()


@pytest.mark.parametrize(
    "reply",
    [
        "I know you'd like Friday afternoons off from next month.",
        "I understand the partners want you on the Friday rota.",
        "I get that you want your Fridays back, and we want the same thing.",
    ],
)
def test_their_wish_said_back_grants_nothing(reply: str) -> None:
    assert takes_in(reply)
    assert "grant_fridays" not in CLINIC.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # an intent that takes their position in keeps meeting it
        (CLINIC, "I know how hard the Friday sessions are.", "acknowledge_strain"),
        # the move after it in the same part, or in the next sentence
        (
            CONTRACT,
            "I hear how firm the board is, so I can offer a separate cap for breaches.",
            "offer_supercap",
        ),
        (CONTRACT, "I hear you. We'll walk away if that's final.", "threaten_walk"),
        (CLINIC, "I understand, take Friday afternoons off from next month.", "grant_fridays"),
    ],
)
def test_what_still_meets_its_intent_after_taking_it_in(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "I know we can phase it.",  # the speaker's own side
        "I understand our team can cover it.",
        "I can get you a one-page answer by Wednesday.",  # a delivery
        "I'll get you the numbers by noon.",
        "I can see you on Friday.",  # a meeting
        "I get it done today.",
        "We want a longer warranty too.",  # a wish for more
        "I need 20% as well.",
        "I hear you, go ahead with the US region.",  # a clause that makes a move
        "I understand the board wants the full cut, which is why I'll give you 15%.",
        "I don't know why you want it.",  # a negation
        "Do you know how firm the board is?",  # a question
        "I know a vendor who could help.",
        "I can tell her to stop.",  # whom the speaker tells: a move
        "I can tell you the numbers tomorrow.",
    ],
)
def test_what_is_not_only_taking_it_in(part: str) -> None:
    assert not takes_in(part)


def test_the_first_check_and_an_intent_that_takes_it_in() -> None:
    assert may_take_in("i hear how firm the board is on this.")
    assert not may_take_in("we'll refund the order today.")
    assert taking_in(("I hear how exhausting the late clinics are.", "I'll cover you."))
    assert taking_in(("We want the launch to go well as much as you do.",))
    # "That's / It's ..." takes nothing in
    assert not taking_in(("That's on me, I signed it off.", "It's doable."))


@pytest.mark.parametrize(
    "reply",
    [
        "If we can't agree, you'll go with another vendor, I know.",
        "You'd sign with another bank today, I know.",
        "They want unlimited cover for breaches, I understand.",
        "Your board wants it signed this quarter, we get that.",
    ],
)
def test_their_stance_said_back_with_i_know_is_no_move(reply: str) -> None:
    assert takes_in(reply)
    assert CONTRACT.matched(reply) == ()


@pytest.mark.parametrize(
    "part",
    [
        "We'll walk away, I know.",  # the speaker's own move
        "Fine, you can take the week, I know.",  # what the speaker lets them have
        "You can have Friday afternoons off, I know.",
        "You'll get the refund today, I know.",
        "You can have Friday off, I know you need it.",  # no tag at the end
    ],
)
def test_what_is_not_their_stance_said_back(part: str) -> None:
    assert not takes_in(part)
