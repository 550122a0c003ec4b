"""A part that is only a no meets only an intent that says no (issue 12): "No." and "Absolutely
not." met upset_customer's apology, two of whose examples hold a regret ("There's no excuse for
it", "you should never have heard about it") that reads as a refusal. A regret is no refusal;
an intent keeps meeting a bare no when one of its examples refuses otherwise. Checked in
several domains; hard negatives: a flat refusal (still met), a no that says what it refuses,
a no to a question about a fault."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_only_no import may_only_no, only_no, says_no_plainly
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

SUPPORT = IntentMatcher(  # a support desk: a customer whose order vanished in an outage
    [
        IntentSpec(
            "apologise",
            (
                "There's no excuse for losing your order, and I'm sorry.",
                "You should never have had to chase us for it; I apologise.",
                "I'm sorry, that was our failure and it cost you a day.",
                "That's on us, and I'm sorry for the trouble.",
            ),
        ),
        IntentSpec(
            "offer_refund",
            (
                "I'll refund the order in full today.",
                "Let me put the money back on your card now.",
                "We'll give you your money back and a voucher.",
            ),
        ),
    ]
)

PAYROLL = IntentMatcher(  # HR: an employee wants an advance on next month's salary
    [
        IntentSpec(
            "own_the_error",
            (
                "That payslip never should have gone out wrong; that's on me.",
                "There's no excuse for the mistake, I'm sorry.",
                "We got your overtime wrong and I apologise.",
            ),
        ),
        IntentSpec(
            "refuse_advance",
            (
                "No, we don't do advances on salary.",
                "We don't pay next month's salary early, I'm afraid.",
                "An advance isn't something payroll can do.",
                "Sorry, no advance this month.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "intent"), [(SUPPORT, "apologise"), (PAYROLL, "own_the_error")]
)
@pytest.mark.parametrize(
    "reply", ["No.", "No, sorry.", "Sorry, no.", "Absolutely not.", "Definitely not!", "No way."]
)
def test_a_bare_no_is_no_regret(matcher: IntentMatcher, intent: str, reply: str) -> None:
    assert only_no(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize("reply", ["No.", "Absolutely not."])
def test_upset_customer_hears_no_apology_in_a_bare_no(reply: str) -> None:
    assert "apologize_specific" not in shipped_matcher("upset_customer").matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (PAYROLL, "No.", "refuse_advance"),  # a flat refusal still meets a bare no
        (PAYROLL, "No, sorry.", "refuse_advance"),  # it met the regret before
        (PAYROLL, "Sorry, no.", "refuse_advance"),
        (SUPPORT, "No, there's no excuse for losing it, and I'm sorry.", "apologise"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


def test_a_flat_refusal_of_a_shipped_scenario_still_hears_a_bare_no() -> None:
    assert "flat_refusal" in shipped_matcher("pet_project_no").matched("No.")


@pytest.mark.parametrize(
    "part",
    ["No, the rota is fixed.", "Not this quarter.", "No, it wasn't your fault.", "Nobody asked."],
)
def test_no_that_says_more_is_not_only_a_no(part: str) -> None:
    assert not only_no(part)


def test_the_first_check_and_what_says_no_plainly() -> None:
    assert may_only_no("nope.")
    assert not may_only_no("sure, go ahead.")
    assert not says_no_plainly(("There's no excuse for it, and I'm sorry.", "That's on us."))
    assert says_no_plainly(("I can't give advances on salary.", "That's on us."))
    assert says_no_plainly(("No.", "That's on us."))
