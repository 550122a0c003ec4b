"""A question that asks for information makes no move (issue 12).

A wh-question that puts nothing forward ("Where does the 20% come from?", "What would go wrong
if we shipped it in the next release?") asks; it does not refuse, offer or concede. It counted
only 0.1 less against statements than a statement does, so when it shared the topic's words
with a refusal or an offer it matched them. It now counts 0.3 less against statements (not
against questions). Not read so: a question that puts a move forward ("What if we phase it?",
"How about a pilot?") and a rhetorical question about the speaker's own move ("Why would we
pay 20% more for the same tool?"), which refuses.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    BARE_NO,
    PROPOSED,
    QUESTION,
    asks_information,
    puts_forward,
    says_no_as_a_question,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

VENDOR = IntentMatcher(  # procurement: a vendor raises its renewal price by 20%
    [
        IntentSpec(
            "reject_outright",
            (
                "We won't pay a 20% increase.",
                "No, the renewal stays at last year's price.",
                "We can't accept any rise this year.",
                "That increase is off the table.",
            ),
        ),
        IntentSpec(
            "ask_reason",
            (
                "What's behind the increase?",
                "Why is the price going up this year?",
                "What changed on your side to justify it?",
            ),
        ),
        IntentSpec(
            "offer_longer_term",
            (
                "We could sign for three years if the price holds.",
                "What if we commit to a longer term at the old rate?",
                "I can offer a two-year renewal at today's price.",
            ),
        ),
    ]
)

RELEASE = IntentMatcher(  # product: a feature asked for late in a release
    [
        IntentSpec(
            "offer_trade",
            (
                "We can take it if something of the same size comes out.",
                "Pick one feature to drop and this one can go in.",
                "I'll put it in the release if the reporting page moves to the next one.",
            ),
        ),
        IntentSpec(
            "refuse_flat",
            (
                "We can't take anything else on this release.",
                "No, the release is full.",
                "Nothing new goes in now.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "not_this"),
    [
        (VENDOR, "Where does the 20% come from?", "reject_outright"),
        (VENDOR, "How did you arrive at the new price?", "reject_outright"),
        (RELEASE, "What would go wrong if it went in the next release?", "offer_trade"),
        (RELEASE, "Which feature would you drop for it?", "offer_trade"),
    ],
)
def test_a_question_for_information_is_no_move(
    matcher: IntentMatcher, reply: str, not_this: str
) -> None:
    assert not_this not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("reply", "intent"),
    [
        ("What if we sign for three years at the current price?", "offer_longer_term"),
        ("How about a three-year term at the old rate?", "offer_longer_term"),
        ("Why is the renewal going up by 20%?", "ask_reason"),
    ],
)
def test_a_question_that_moves_or_asks_still_matches(reply: str, intent: str) -> None:
    assert VENDOR.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("text", "information"),
    [
        ("Where does the 20% come from?", True),  # procurement
        ("Who signs off the rota on the ward?", True),  # health
        ("When does the permit office close the queue?", True),  # public sector
        ("How are you deciding what goes first?", True),  # HR
        ("What if we phase it?", False),  # an offer put as a question
        ("How about a pilot with two teams?", False),
        ("Why don't we split the week?", False),
        ("Why would we pay 20% more for the same tool?", False),  # a rhetorical refusal
        ("How can I sign that off?", False),
        ("Could we phase it?", False),  # not a wh-question
    ],
)
def test_what_asks_for_information(text: str, information: bool) -> None:
    assert asks_information(text) is information
    if not information:
        # "Why would we ...?" says no (test_intent_others_moves); the rest put a move forward,
        # those that open with "What if" / "How about" as PROPOSED
        # (test_intent_proposals_as_questions)
        expected = (
            BARE_NO if says_no_as_a_question(text) else PROPOSED if puts_forward(text) else QUESTION
        )
        assert part_mood(text) == expected
