"""A door left open is neither the move nor a no (issue 12): "I'm not saying no to the pilot."
met the refusal of 11 readable sets, "I'm not saying we won't renew, just not at 12%." an
intent in 24, and "I don't think the Friday sessions have to stay exactly as they are." a GP
practice's `keep_friday_rota`. Checked in several domains; hard negatives: a no with its
reason, a move after a clause break, a plain refusal."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_open_door import leaves_open, leaving_open, may_leave_open
from roleplay.nlp.intents import IntentMatcher, IntentSpec

RENEWAL = IntentMatcher(  # procurement: a vendor wants a renewal at a 12% rise
    [
        IntentSpec(
            "refuse_renewal",
            (
                "We're not renewing, full stop.",
                "I won't sign anything with a price rise in it.",
                "There's no deal here, we'll move to another provider.",
            ),
        ),
        IntentSpec(
            "trade_term_for_price",
            (
                "We'll commit to three years if the price stays where it is.",
                "Give us a 5% rise instead and we'll go to three years.",
                "How about two years at today's price?",
            ),
        ),
    ]
)

ROTA = IntentMatcher(  # health: GPs want Friday afternoon clinics dropped
    [
        IntentSpec(
            "keep_rota",
            (
                "The Friday clinics stay as they are.",
                "I can't take Friday afternoons off the rota.",
                "No, every GP keeps their Friday session.",
            ),
        ),
        IntentSpec(
            "propose_swap",
            (
                "What if we moved one Friday session to Thursday?",
                "We could alternate Fridays between the partners.",
                "Let's trial a shorter Friday clinic for a month.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (RENEWAL, "I'm not saying we won't renew, just not at 12%.", "refuse_renewal"),
        (RENEWAL, "I'm not saying no to a renewal.", "refuse_renewal"),
        (RENEWAL, "That's not to say we'll never sign for three years.", "refuse_renewal"),
        (ROTA, "I don't think the Friday sessions have to stay exactly as they are.", "keep_rota"),
        (ROTA, "The Friday rota isn't set in stone.", "keep_rota"),
        (ROTA, "The clinic times don't have to stay where they are.", "keep_rota"),
    ],
)
def test_a_door_left_open_is_no_no(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert leaves_open(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            RENEWAL,
            "I'm not saying no, but we'd sign for three years at today's price.",
            "trade_term_for_price",
        ),
        (ROTA, "The rota isn't set in stone; we could alternate the Fridays.", "propose_swap"),
        (ROTA, "The Friday sessions stay exactly as they are.", "keep_rota"),
        (RENEWAL, "We won't renew with a rise in it.", "refuse_renewal"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "I'm saying no because the rota is fixed.",
        "I don't think we have to cut anything.",
        "The rota isn't set in stone; I can swap your Friday.",
        "Is the rota set in stone?",
    ],
)
def test_what_leaves_no_door_open(part: str) -> None:
    assert not leaves_open(part)


def test_the_first_check_and_an_intent_that_leaves_it_open() -> None:
    assert may_leave_open("i'm not saying no.")
    assert not may_leave_open("we'll refund the order today.")
    assert leaving_open(("Nothing is set in stone yet.", "We could move it."))
    assert not leaving_open(("We could move it.",))
