"""A waiver is no other move (issue 12, precision16 pass): "We won't charge you for the setup"
met a commitment, an offer of people or a concession in 13 of 18 sets, because it has the
shape "We'll ... you ...". A part that waives a cost meets only intents whose examples give
something at no cost or for less, and never one that charges or says no. Checked in several
domains; hard negatives: the intents' own moves in new words still match, and an intent that
gives something free still meets a waiver."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_payment import gives_free, waives
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

RELEASE = IntentMatcher(  # engineering: a partner team's dependency is late
    [
        IntentSpec(
            "offer_our_people",
            (
                "My team can build the checkout side of the integration.",
                "I could lend you one of my engineers for a couple of weeks.",
                "We'll write the client code and the tests on our side.",
                "Use my people for the glue work; you keep the core.",
            ),
        ),
        IntentSpec(
            "ask_what_changed",
            (
                "What changed on your side since the plan was agreed?",
                "What's blocking the API work right now?",
                "Where did the estimate slip?",
            ),
        ),
    ]
)
FEEDBACK = IntentMatcher(  # HR: an employee takes feedback after a review
    [
        IntentSpec(
            "commit_followup",
            (
                "I'll send Martin a note today and set up time with him.",
                "I'll take the dry run on the 10th and apologise for arguing in the room.",
                "Yes. Dry run next week, and I'll talk to Martin to clear the air.",
            ),
        ),
        IntentSpec(
            "push_back",
            (
                "I don't think the review was fair to me.",
                "That's not how the meeting went at all.",
                "I disagree with how you've described it.",
            ),
        ),
    ]
)
OUTAGE = IntentMatcher(  # sales / support: a customer after a six-hour outage
    [
        IntentSpec(
            "commit_concrete",
            (
                "You'll have a written root cause before nine tomorrow morning.",
                "We'll run a load test at your peak volumes within two weeks.",
                "A named engineer will be on call for your account all weekend.",
            ),
        ),
        IntentSpec(
            "offer_goodwill",
            (
                "We'll credit you a month of the subscription for free.",
                "I can refund the fees for the day of the outage.",
                "Let me throw in the premium support tier at no charge.",
            ),
        ),
    ]
)
CLINIC = IntentMatcher(  # health: a patient asks for an extra appointment
    [
        IntentSpec(
            "book_follow_up",
            (
                "I'll book you a follow-up with the nurse next week.",
                "We'll see you again in ten days to check the wound.",
                "Let me put you down for a review appointment on Monday.",
            ),
        ),
        IntentSpec(
            "refuse_extra_visit",
            (
                "We can't fit in another visit this month.",
                "Another appointment isn't possible before the review.",
                "I won't book a second visit for the same thing.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (RELEASE, "We won't charge you for the setup."),
        (RELEASE, "We won't bill you for the extra hours."),
        (FEEDBACK, "We won't charge you for it."),
        (FEEDBACK, "The training is on the house."),
        (OUTAGE, "We won't bill you for the extra hours on the migration."),
        (CLINIC, "You won't pay anything for the parking."),
        (CLINIC, "There's no fee for the leaflet."),
    ],
)
def test_a_waiver_makes_no_other_move(matcher: IntentMatcher, reply: str) -> None:
    got = matcher.matched(reply)
    assert got in ((), ("offer_goodwill",)), got


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (RELEASE, "Two of my developers can take the client side this sprint.", "offer_our_people"),
        (FEEDBACK, "I'll speak to Martin this week and run the dry run myself.", "commit_followup"),
        (OUTAGE, "You'll get the root cause in writing by tomorrow at nine.", "commit_concrete"),
        (OUTAGE, "We won't charge you for this month, given the outage.", "offer_goodwill"),
        (CLINIC, "I'll put you in for a nurse follow-up next Tuesday.", "book_follow_up"),
        (CLINIC, "We can't squeeze in another visit this month, sorry.", "refuse_extra_visit"),
    ],
)
def test_the_moves_and_a_goodwill_waiver_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "You won't pay anything for the training sessions.",
        "It won't cost you a penny.",
        "You don't have to pay extra for the second visit.",
    ],
)
def test_more_waivers(text: str) -> None:
    assert waives(text)


@pytest.mark.parametrize(
    "text",
    [
        "You won't pay less anywhere else.",  # a claim about price, not a waiver
        "It won't cost you the deal if we wait a week.",
        "You'll pay the standard rate.",
    ],
)
def test_no_waiver(text: str) -> None:
    assert not waives(text)


def test_which_intents_give_something_free() -> None:
    assert gives_free(("We could keep 25% and add onboarding for free.", "I'll phase it."))
    assert gives_free(("I can refund the fee for the missed day.",))
    assert not gives_free(("That's on us, and I'm sorry.", "I'll phase the cut."))
    assert not gives_free(("Discounts above 25% are not possible.",))  # refuses a discount
    assert gives_free(("Two free months of support.",))
    assert gives_free(("We'll give them a full refund.",))


@pytest.mark.parametrize(
    "example",
    [
        "I need refunds on the 20th, no excuses.",  # a feature named "refunds"
        "Feel free to ping me.",
        "I'm free on Thursday if that helps.",
        "Can we free up a slot for her?",
        "What's behind the push for a bigger discount?",  # asks about a discount
    ],
)
def test_words_of_free_that_give_nothing(example: str) -> None:
    assert not gives_free((example,))


def test_a_waiver_does_not_press_a_team_whose_feature_is_refunds() -> None:
    """late_dependency (shipped): its pressing intent names the refunds feature."""
    matcher = shipped_matcher("late_dependency")
    assert matcher.matched("We're not going to bill the overtime to your department.") == ()
