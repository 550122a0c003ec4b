"""Saying what is not the trouble refuses nothing (issue 12, precision15 pass): "Their own
logins aren't the slow part, the carts are" met the ward's "keep individual logins" refusal by
its negation and its words. A correction is barred from intents that say no, in several
domains; a refusal beside it still refuses."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_refusal import corrects, refusing
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "Their own logins aren't the slow part, the carts are.",  # health
        "The cap isn't the issue, let's look at the term.",  # sales
        "Honestly, the deck wasn't the problem; the questions were.",  # HR
        "The permit is not really the bottleneck.",  # construction
        "The budget isn't the main sticking point for us.",  # finance
        # what it is not that causes the trouble (precision20)
        "The policy isn't what slows your campaign down, the email tool is.",  # marketing
        "The rota isn't what's holding the clinic back.",  # health
        "The review is not what delays your releases; the flaky tests are.",  # engineering
    ],
)
def test_a_correction(text: str) -> None:
    assert corrects(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's not a problem for us.",  # no "the": an assent
        "We can't share logins, full stop.",
        "The problem is the carts, not the logins.",
        "No problem, I'll sort it.",
        "It isn't possible to lift the cap.",
        "The logins aren't the issue, and no, we won't share them.",  # a no follows
        "The rota is what's holding the clinic back.",  # no negator
        "That isn't what I asked for.",  # not about what causes it
    ],
)
def test_no_correction(text: str) -> None:
    assert not corrects(text)


def test_which_intents_say_no() -> None:
    assert refusing(
        (
            "We can't share logins on the carts.",
            "No, every nurse keeps their own login.",
            "Shared logins are off the table.",
        )
    )
    assert not refusing(("I'll phase the cut.", "Let's spread it over two quarters."))


WARD = IntentMatcher(  # health: nurses want a shared login on the medication carts
    [
        IntentSpec(
            "keep_individual_logins",
            (
                "Each nurse keeps their own login, that doesn't change.",
                "We can't share logins on the carts.",
                "No, shared logins are off the table.",
            ),
        ),
        IntentSpec(
            "offer_faster_login",
            (
                "I'll get badge readers fitted on the carts this week.",
                "We could set the carts to stay logged in between patients.",
                "Let me speed up the login on the carts.",
            ),
        ),
    ]
)
CONTRACT = IntentMatcher(  # sales: a client wants more than the discount cap
    [
        IntentSpec(
            "hold_the_cap",
            (
                "We can't go past 25% on this contract.",
                "The cap won't move, I'm afraid.",
                "No, 25% is as far as I can go.",
            ),
        ),
        IntentSpec(
            "offer_other_value",
            (
                "We could add free onboarding instead of a bigger discount.",
                "I can lock today's price for three years.",
                "Let's look at a longer term to spread the saving.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "not_this"),
    [
        (WARD, "Their own logins aren't the slow part, the carts are.", "keep_individual_logins"),
        (WARD, "The logins aren't really the problem on the ward.", "keep_individual_logins"),
        (CONTRACT, "The cap isn't the issue for them, it's the cash flow.", "hold_the_cap"),
        (
            WARD,
            "The logins aren't what slows the round down, the carts are.",
            "keep_individual_logins",
        ),
        (CONTRACT, "The cap isn't what's holding the deal up.", "hold_the_cap"),
    ],
)
def test_a_correction_is_no_refusal(matcher: IntentMatcher, reply: str, not_this: str) -> None:
    assert not_this not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            WARD,
            "The logins aren't the issue, and no, we won't share them.",
            "keep_individual_logins",
        ),
        (WARD, "We won't share logins on the carts, sorry.", "keep_individual_logins"),
        (CONTRACT, "I can't go beyond the 25% cap.", "hold_the_cap"),
    ],
)
def test_a_refusal_still_refuses(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


# -- a doubt that a thing applies -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure the matrix even needs a new line for sesame.",  # hospitality
        "I doubt the cap even applies to renewals.",  # sales
        "I'm not convinced the permit is needed for a lift this small.",  # construction
        "Honestly, I'm not sure the policy covers locum shifts.",  # health
    ],
)
def test_a_doubt_about_a_thing_is_no_refusal(text: str) -> None:
    assert corrects(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure we can take that on.",  # the speaker's soft no
        "I'm not sure I can do that this week.",
        "I'm not sure, no, we won't share logins.",  # a no follows
        "I'm not sure you understand the rule.",
    ],
)
def test_a_soft_no_of_the_speakers_still_refuses(text: str) -> None:
    assert not corrects(text)


def test_a_doubt_does_not_hold_the_cap() -> None:
    assert "hold_the_cap" not in CONTRACT.matched("I'm not sure the cap even applies to renewals.")
    assert "keep_individual_logins" not in WARD.matched(
        "I'm not sure the carts even need individual logins."
    )


# -- a correction and nothing after it makes no move at all (precision20) -------------------
_SITE = [  # construction: a contractor wants to start before the permit
    IntentSpec(
        "waive_permit",
        (
            "Fine, start on Monday and we'll sort the permit after.",
            "The permit doesn't matter for a job this size, go ahead.",
            "You don't need to wait for the permit this week.",
            "Skip the permit, it's only scaffolding.",
        ),
    ),
    IntentSpec(
        "hold_permit_rule",
        (
            "Nobody starts before the permit is signed.",
            "The permit comes first, no exceptions.",
            "I can't let you on site without it.",
        ),
    ),
]
_CAUSE = [
    IntentSpec(
        "name_real_cause",
        (
            "The permit isn't the problem, the crane booking is.",
            "It's not the paperwork holding you up, it's the weather.",
            "The delay is the supplier, not the permit.",
        ),
    ),
]
SITE = IntentMatcher(_SITE)
SITE_AND_CAUSE = IntentMatcher(_SITE + _CAUSE)


@pytest.mark.parametrize(
    "reply",
    [
        "The permit isn't the real problem here.",
        "The permit isn't what's holding you up, the weather is.",
        "The permit isn't the bottleneck; the crane is.",
    ],
)
def test_a_correction_alone_meets_no_rival(reply: str) -> None:
    got = SITE.matched(reply)
    assert "waive_permit" not in got and "hold_permit_rule" not in got


def test_a_correction_still_meets_an_intent_that_corrects() -> None:
    assert "name_real_cause" in SITE_AND_CAUSE.matched(
        "The permit isn't the issue, the scaffold supplier is."
    )
