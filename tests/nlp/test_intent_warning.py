"""The move named as the cause of past harm is a warning, no move of the intent's (issue 12):
"Skipping the review is exactly what got the other team fined." met a data team's
`skip_review` and an intent in 7 readable sets. Checked in several domains; hard negatives:
the speaker's own proposal ("... is what I'd suggest"), a present reason for a move, a refusal
intent (which it may still meet)."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_warning import may_warn, warning, warns_of
from roleplay.nlp.intents import IntentMatcher, IntentSpec

PRIVACY = IntentMatcher(  # data protection: a team wants to ship without a privacy review
    [
        IntentSpec(
            "skip_review",
            (
                "Fine, skip the privacy review this once.",
                "Go ahead and ship it; we'll do the review later.",
                "OK, no review needed for this release.",
            ),
        ),
        IntentSpec(
            "offer_fast_review",
            (
                "I can do the review this afternoon.",
                "Let me fast-track the review for Thursday.",
                "We'll put you at the top of the queue.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: a locum wants to share a colleague's login
    [
        IntentSpec(
            "allow_sharing",
            (
                "OK, use my login tonight.",
                "Fine, share the ward account until yours is set up.",
                "Go ahead and log in as me.",
            ),
        ),
        IntentSpec(
            "phase_it",
            (
                "Phasing the login rollout is what I'd suggest.",
                "Let's roll the new logins out ward by ward.",
                "We could give the locums accounts first.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (PRIVACY, "Skipping the review is exactly what got the other team fined.", "skip_review"),
        (PRIVACY, "Shipping without a review is how the last leak happened.", "skip_review"),
        (WARD, "Sharing logins is how the last breach happened.", "allow_sharing"),
        (WARD, "Using someone else's account is what got a nurse struck off.", "allow_sharing"),
    ],
)
def test_a_warning_is_not_the_move(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert warns_of(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (WARD, "Phasing the rollout ward by ward is what I'd suggest.", "phase_it"),
        (PRIVACY, "Go ahead and ship it without the review.", "skip_review"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "Phasing the cut is what I'd suggest.",
        "Phasing it is how we keep the launch.",
        "Is skipping the review what got them fined?",
    ],
)
def test_what_is_no_warning(part: str) -> None:
    assert not warns_of(part)


def test_the_first_check_and_an_intent_that_warns() -> None:
    assert may_warn("sharing logins is how the breach happened.")
    assert not may_warn("i'll share my login.")
    assert warning(("Skipping it is what got them fined.",))
    assert not warning(("Skip it this once.",))
