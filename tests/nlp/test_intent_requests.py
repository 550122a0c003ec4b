"""Questions that name a move without making it the speaker's (issue 12, precision15 pass).

- a request that the other person make the move ("Could you phase it on your side?", "Would
  you cover the first month?") is REQUEST: against examples in which the speaker acts it counts
  as a demand does, so it does not meet the learner's own offer;
- a request for information, an offer put as a question (they take or agree to something), a
  move made together, or a request after the speaker's own move (a trade) stays a question;
- a rhetorical offer ("Should I just give you the full 30%?") asks nothing and gives nothing.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_requests import requests_them, rhetorical_offer
from roleplay.nlp.intent_similarity import NARRATIVE, QUESTION, REQUEST
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "Could you phase it on your side?",  # finance
        "Would you cover the first month?",  # sales
        "Can you do the allergen sheet yourself this afternoon?",  # hospitality
        "Could you please redraw the elevations over the weekend?",  # construction
        "Will you run the night shift on Saturday?",  # health
        "So could you just host it in your own region?",  # compliance
        "Would you handle the customer call instead?",  # support
    ],
)
def test_a_request_that_they_make_the_move(text: str) -> None:
    assert requests_them(text)
    assert part_mood(text) == REQUEST


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me more about the board's target?",  # asks for information
        "Can you walk me through the numbers?",
        "Would you accept 20% now and the rest in Q4?",  # an offer put as a question
        "Could you live with brick on the front only?",
        "Would you be open to a six-week pilot?",
        "Would you take two of my engineers for the sprint?",
        "Could you let me take Friday instead?",  # the speaker acts
        "Would you and Aisha work out a versioning rule together?",  # made together
        "Could you sit down with me and go through the rota?",
        "Should I take the Friday shift, then?",  # a sincere offer
        "What if we phase it over two quarters?",
    ],
)
def test_what_is_no_request_of_them(text: str) -> None:
    assert not requests_them(text)
    assert part_mood(text) != REQUEST


def test_a_request_after_the_speakers_own_move_is_a_trade() -> None:
    text = "If we sign for three years, can you keep this year's price?"
    _, _, moods = cut(text)
    assert moods == [QUESTION]
    # without the speaker's move before it, the same request is theirs to make
    _, _, moods = cut("If the board agrees, can you keep this year's price?")
    assert moods == [REQUEST]


@pytest.mark.parametrize(
    "text",
    [
        "Should I just give you the full 30%?",  # finance
        "Shall we just hand the whole week over, then?",  # rota
        "Do you want me to just drop the migration?",  # engineering
        "So should I just redesign the whole facade for free?",  # construction
        "Why don't I just do the audit for you too?",  # compliance
    ],
)
def test_a_rhetorical_offer_makes_no_move(text: str) -> None:
    assert rhetorical_offer(text)
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Should I take the first shift?",
        "Shall we phase it over two quarters?",
        "Why don't we just split the rota?",  # proposes
        "Do you want me to send the plan tonight?",
        "Is it just the board's number, or the whole year?",
    ],
)
def test_a_sincere_question_is_no_rhetorical_offer(text: str) -> None:
    assert not rhetorical_offer(text)


KITCHEN = IntentMatcher(  # hospitality: a dish wanted out before its allergen check
    [
        IntentSpec(
            "offer_fast_check",
            (
                "I'll update the allergen matrix myself before service.",
                "Let me do the sheet this afternoon so it can go out tonight.",
                "I can brief the servers on the allergens in ten minutes.",
            ),
        ),
        IntentSpec(
            "hold_allergen_check",
            (
                "It can't go on the menu until the allergen sheet is done.",
                "No, not without the matrix updated.",
                "The dish stays off until the check is done.",
            ),
        ),
    ]
)
BUDGET = IntentMatcher(  # engineering: finance wants 30% of the budget
    [
        IntentSpec(
            "accept_full_cut",
            (
                "OK, take the full 30%.",
                "Fine, you can have all of it by Friday.",
                "Alright, I'll give you the whole 30% out of Q3.",
            ),
        ),
        IntentSpec(
            "offer_phased_cut",
            (
                "I'll phase it: half this quarter and half next.",
                "Let's spread the cut over Q3 and Q4.",
                "We could take 15% now and 15% after the launch.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "not_this"),
    [
        (KITCHEN, "Could you do the allergen sheet yourself this afternoon?", "offer_fast_check"),
        (KITCHEN, "Can you brief the servers on the allergens?", "offer_fast_check"),
        (
            BUDGET,
            "Could you phase it on your side, half now and half next quarter?",
            "offer_phased_cut",
        ),
        (BUDGET, "Should I just give you the full 30%?", "accept_full_cut"),
    ],
)
def test_a_request_or_a_rhetorical_offer_is_not_the_speakers_move(
    matcher: IntentMatcher, reply: str, not_this: str
) -> None:
    assert not_this not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (KITCHEN, "I'll do the allergen sheet myself this afternoon.", "offer_fast_check"),
        (BUDGET, "Half this quarter and the other half next, I'll phase it.", "offer_phased_cut"),
        (BUDGET, "Fine, take the whole 30%.", "accept_full_cut"),
    ],
)
def test_the_speakers_own_move_still_matches(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


SWAP = IntentMatcher(  # health: a colleague asks for the holiday week off on-call
    [
        IntentSpec(
            "offer_some_days",
            (
                "What if I cover you from Boxing Day until I fly on the 29th?",
                "Shall I take the first three days and you find someone for the rest?",
                "How about I do the weekend and you keep the weekdays?",
            ),
        ),
        IntentSpec(
            "flat_refusal",
            (
                "No, I can't take your on-call week.",
                "I won't cover any of it, sorry.",
                "That week isn't possible for me.",
            ),
        ),
    ]
)


def test_a_request_does_not_meet_an_offer_put_as_a_question() -> None:
    # the speaker's own offer as a question ("What if I cover you ...?") is OFFERED: a request
    # that they make the move counts against it as against the speaker's statement
    assert "offer_some_days" not in SWAP.matched("Would you cover the first two days?")
    assert "offer_some_days" not in SWAP.matched("Could you take the weekend yourself?")
    assert SWAP.matched("What if I take Boxing Day to the 29th?")[:1] == ("offer_some_days",)
    assert SWAP.matched("I could cover you until my flight on the 29th.")[:1] == (
        "offer_some_days",
    )
