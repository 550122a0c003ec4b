"""A hope that it will come right is no move (issue 12).

"I'm sure it'll work out somehow." was heard as `offer_joint_escalation` ("I'll come with you
and back you up") in late_dependency's golden case "kindness without a question never reaches
the reveal": it shares "it'll" with every commitment. A hope with nothing after it but filler
("It'll be fine", "Hopefully it all falls into place", "These things sort themselves out") is
now read as listening (REFLECTION, replies only), which makes no move. Not when the speaker
takes something on ("It'll be fine, I'll cover the Friday") or terms follow ("We'll be fine
with 20%", "Things will work out if we phase it", "It works out at 20% a quarter").
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import REFLECTION
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure it'll work out somehow.",  # engineering
        "It'll be fine, these things sort themselves out.",  # HR
        "Hopefully it all falls into place.",  # public sector
        "Don't worry, it will be fine.",  # health
        "It'll all work out in the end.",  # sales
    ],
)
def test_a_hope_is_listening(text: str) -> None:
    assert part_mood(text) == REFLECTION


@pytest.mark.parametrize(
    "text",
    [
        "It'll be fine, I'll cover the Friday.",  # a commitment beside it
        "I'm sure we'll have it all ready by the 14th.",  # an overpromise
        "We'll be fine with 20%.",  # accepting terms
        "Things will work out if we phase it.",  # a proposal
        "It works out at 20% a quarter.",  # a sum
    ],
)
def test_a_move_or_terms_beside_it_stay_a_statement(text: str) -> None:
    assert part_mood(text) != REFLECTION


RELEASE = IntentMatcher(  # engineering: a partner team's API slipped
    [
        IntentSpec(
            "offer_joint_escalation",
            (
                "Let's take this to your VP together as one plan.",
                "I'll come with you and back you up.",
                "We could escalate it jointly and ask for two engineers.",
            ),
        ),
        IntentSpec(
            "ask_what_changed",
            (
                "What changed on your side since the last estimate?",
                "What's blocking the API work right now?",
                "What got in the way of the original date?",
            ),
        ),
    ]
)


def test_a_hope_is_not_an_offer() -> None:
    assert RELEASE.matched("I'm sure it'll work out somehow.") == ()


def test_the_offer_in_other_words_still_matches() -> None:
    assert RELEASE.matched("I'll back you up with your VP, we go together.")[:1] == (
        "offer_joint_escalation",
    )
