"""A limit the speaker has reached says no without a negator (issue 12).

"Twenty-five percent is as far as I can go." holds the cap: it was an affirmative statement
with "I can" in it, so it met only the concessions' words ("go ahead with 25% ... 40%") and was
heard as approving the discount. "as far as I can go", "that's my limit / ceiling / final
offer", "it's the best I can do" are now a no without a negator (BARE_NO), which also meets the
refusing examples written with "can't" and "won't"; the form's own "I can" is no move. Not
when a move of the speaker's comes with it: "I can do 20%, but that's my limit" offers 20%.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BARE_NO
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-five percent is as far as I can go.",  # sales
        "That's my final offer on the rota.",  # health
        "Two engineers is the most we can do this quarter.",  # engineering
        "A 3% raise is my ceiling this cycle.",  # HR
        "Six weeks is the best I can do on the permit.",  # public sector
    ],
)
def test_a_limit_reached_says_no(text: str) -> None:
    assert refuses(text)
    assert part_mood(text) == BARE_NO


@pytest.mark.parametrize(
    "text",
    [
        "I can do 20%, but that's my limit.",  # an offer with a limit
        "We could go to 30%, that's as far as we can go.",
        "Let's meet at 25%, as far as I can go.",
        "If finance agrees, 30% is as far as I can go.",  # a condition
        "I want to know how far you can go.",  # no limit of the speaker's
    ],
)
def test_a_move_or_a_condition_beside_it_is_no_refusal(text: str) -> None:
    assert not refuses(text)


DISCOUNT = IntentMatcher(  # sales: a rep asks the deal desk for 40% over a 25% cap
    [
        IntentSpec(
            "approve_discount",
            (
                "OK, go ahead with 40% for this one.",
                "Fine, I'll sign off on the 40% discount.",
                "Sure, give them the bigger discount and close it.",
                "You have my approval to go past 25%.",
            ),
        ),
        IntentSpec(
            "hold_the_cap",
            (
                "I can't go past 25%, that's the policy for every customer.",
                "No, 40% isn't possible, the cap is 25%.",
                "We won't approve anything above the cap.",
                "Discounts above 25% aren't something I can sign.",
            ),
        ),
    ]
)


def test_a_limit_holds_the_cap() -> None:
    assert DISCOUNT.matched("Twenty-five percent is as far as I can go.")[:1] == ("hold_the_cap",)


def test_an_offer_up_to_a_limit_is_not_holding_the_cap() -> None:
    assert "hold_the_cap" not in DISCOUNT.matched("Fine, go ahead with 40%, that's my limit.")
