"""Saying no is a move; a negation that says no to nothing is not (REFUSAL, issue 12).

"I'm not certain the cap covers multi-year deals" shares its words and its negation with "The
cap stays at 25%, I can't go past it", and was heard as holding the cap; a doubt, a fact put
in the negative or a hedge ("I can't promise all of them") is no refusal. Refusals meet
refusing examples in full, and parts of the other kind count REFUSAL_PENALTY less against them.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import REFUSAL, SAYS_NO, STATEMENT, phrasing_mood
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher


@pytest.mark.parametrize(
    "refusal",
    [
        "No, we can't refund it after 30 days.",  # retail
        "I won't sign the permit for a lift in this wind.",  # a building site
        "We don't share logins on this ward, not even at night.",  # a ward: a policy held
        "That discount isn't going to happen.",  # sales
        "Nothing new goes into this release.",  # software
        "Not a chance, the rota is final.",
        "That's not OK with me.",
        "It's a hard no from me.",
    ],
)
def test_saying_no_is_a_refusal(refusal: str) -> None:
    assert refuses(refusal)
    assert part_mood(refusal) == SAYS_NO
    assert phrasing_mood(refusal) == REFUSAL


@pytest.mark.parametrize(
    "plain",
    [
        "I'm not sure the cap applies to renewals.",  # a doubt
        "I'm not certain the warranty covers it.",
        "Their own logins aren't the slow part, the carts are.",  # a fact in the negative
        "I haven't seen the draft yet.",
        "I didn't get the invite for the review.",
        "I don't think the crane crew knows yet.",
        "I can't promise all of them.",  # a hedge
        "No problem, I'll send it tonight.",  # an idiom
        "Oh no, that sounds awful.",  # sympathy
    ],
)
def test_a_negation_that_refuses_nothing_is_no_refusal(plain: str) -> None:
    assert not refuses(plain)
    assert part_mood(plain) != SAYS_NO


DEAL_DESK = [  # the deal desk of a docs-only dev set (benchmarks/intent_dev/discount_desk_dev)
    IntentSpec(
        "approve_discount",
        (
            "Fine, give them the 40% this once.",
            "OK, I'll approve the bigger discount so you can close.",
            "Go ahead and send the quote at 40 percent.",
            "I can live with 40% if it gets the deal signed this quarter.",
            "You have my sign-off on the extra discount.",
            "Alright, we'll make an exception on the cap for them.",
        ),
        (
            "I could approve 40% if the VP of sales signs it too.",
            "I understand the quarter-end pressure.",
        ),
    ),
    IntentSpec(
        "hold_the_cap",
        (
            "I can't go past 25%, that's the policy for every customer.",
            "No, 40 percent is not something I can sign.",
            "The cap stays at 25, even at quarter end.",
            "I won't approve anything over the limit.",
            "Discounts above 25% are off the table for this deal.",
            "The policy is 25% maximum and it applies here too.",
        ),
    ),
    IntentSpec(
        "ask_customer_driver",
        (
            "What is the customer actually comparing us against?",
            "Why do they need 40% specifically?",
            "Help me understand what the buyer has to show internally.",
            "Is it the first-year cost they care about, or the total?",
            "What would make this a yes for them without the discount?",
        ),
        ("Why do reps always come to me on the last day of the quarter?",),
    ),
    IntentSpec(
        "offer_other_value",
        (
            "We could keep 25% and add onboarding for free.",
            "What if we give them a longer contract at the capped price with a price lock?",
            "Let's phase it: the capped discount now, and a volume tier once they pass 500 seats.",
            "I can add three months of premium support instead of more discount.",
            "A two-year term would let us spread the savings without breaking the cap.",
        ),
    ),
    IntentSpec(
        "commit_followup",
        (
            "I'll send you the alternative pricing options by noon.",
            "Let me get you a revised quote today.",
            "I'll join the customer call tomorrow and walk them through it.",
            "You'll have a written offer from me before end of day.",
        ),
    ),
]


def test_a_doubt_about_the_rule_does_not_hold_the_rule() -> None:
    """Sales: failed before (both doubts were heard as holding the cap)."""
    desk = IntentMatcher(DEAL_DESK)
    assert desk.matched("I'm not certain the cap covers multi-year deals.") == ()
    assert desk.matched("I'm not sure the customer knows about the cap.") == ()
    # refusals in other words still hold it
    assert desk.matched("We don't go over the cap, even for big logos.") == ("hold_the_cap",)
    assert desk.matched("I can't approve that, sorry.")[:1] == ("hold_the_cap",)


def test_a_hedge_before_a_question_is_not_turning_her_down() -> None:
    """On-call (the shipped oncall_swap): failed before (heard as turning her down flat)."""
    matcher = shipped_matcher("oncall_swap")
    reply = "Which nights are they? I can't promise I'll be free for all of them."
    assert "flat_refusal" not in matcher.matched(reply)
    assert matcher.matched("Sorry, I can't take those shifts, I'm away.")[:1] == ("flat_refusal",)


def test_a_refusal_reading_leaves_other_statements_alone() -> None:
    assert part_mood("We'll refund it today.") == STATEMENT
    assert phrasing_mood("The permit covers the north yard.") == STATEMENT
