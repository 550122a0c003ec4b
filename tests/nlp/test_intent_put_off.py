"""A move put off until things quieten promises nothing (issue 12, precision15 pass): "We could
do the sheet together next month when things calm down" met the chef's offer of a fast check.
A hope of a time is no time: such a part is NARRATIVE, hedged or not; a move that lasts until
things calm down, or waits on a time named, is still a move."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_no_move import vague
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import NARRATIVE
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "We could do the sheet together next month when things calm down.",  # hospitality
        "Let's revisit the rota once the dust settles.",  # health
        "I'll look at your promotion case when I get a chance.",  # HR
        "We can talk about the discount after the busy season dies down.",  # sales
        "I'll review the permit whenever there's a quiet moment.",  # construction
    ],
)
def test_a_move_put_off_until_things_quieten(text: str) -> None:
    assert vague(text)
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "I can give you smaller tickets until things calm down.",  # lasts until then
        "I'll do the sheet tonight when service slows down.",  # a time named
        "Let's phase it over two quarters.",
        "Things have calmed down since the launch.",  # no move at all, no put-off either
    ],
)
def test_a_move_with_a_time_is_no_put_off(text: str) -> None:
    assert not vague(text)


KITCHEN = IntentMatcher(  # hospitality: a dish wanted out before its allergen check
    [
        IntentSpec(
            "offer_fast_check",
            (
                "I'll update the allergen matrix myself before service.",
                "Let me do the sheet this afternoon so it can go out tonight.",
                "We could do the allergen sheet together right now.",
            ),
        ),
        IntentSpec(
            "hold_allergen_check",
            (
                "It can't go on the menu until the allergen sheet is done.",
                "No, not without the matrix updated.",
            ),
        ),
    ]
)
REVIEW = IntentMatcher(  # HR: an engineer asks for a promotion review
    [
        IntentSpec(
            "commit_review",
            (
                "I'll take your case to the committee this week.",
                "Let's sit down on Thursday and go through your case.",
                "I can review your promotion case before the cycle closes.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "not_this"),
    [
        (
            KITCHEN,
            "We could do the allergen sheet together when things calm down.",
            "offer_fast_check",
        ),
        (REVIEW, "I can review your promotion case once the dust settles.", "commit_review"),
    ],
)
def test_a_put_off_is_no_offer(matcher: IntentMatcher, reply: str, not_this: str) -> None:
    assert not_this not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (KITCHEN, "We could do the allergen sheet together this afternoon.", "offer_fast_check"),
        (REVIEW, "I can review your promotion case on Thursday.", "commit_review"),
    ],
)
def test_the_move_with_a_time_still_matches(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)
