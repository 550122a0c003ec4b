"""A refusal worded far from a refusing intent's examples still refuses (issue 12, thirteenth
round).

"Not a chance, we're already at capacity" and "The scope is locked, nothing new goes in" were
read as saying no, but met "I can't take anything else on this sprint" only as far as their
words go (0.13-0.17 against a threshold near 0.23), and a reading could only take from rivals.
Saying no in a reply (SAYS_NO) now meets a refusing example REFUSAL_BONUS closer. The bank of
ordinary talk keeps its own reading (REFUSAL), so the thresholds do not move with the bonus;
ordinary talk that holds a negation and refuses nothing ("I haven't seen the ticket yet") gets
no bonus and still matches nothing.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import SAYS_NO
from roleplay.nlp.intents import IntentMatcher, IntentSpec

SCOPE = IntentMatcher(  # software: a feature asked for mid-sprint
    [
        IntentSpec(
            "refuse_extra_work",
            (
                "No, we can't take anything else on this sprint.",
                "I'm sorry, that's not going to fit in this release.",
                "We won't add it now, the sprint is full.",
                "That's a no from me for this sprint.",
                "We can't squeeze another feature in before the release.",
            ),
        ),
        IntentSpec(
            "accept_extra_work",
            (
                "OK, we'll fit the export button in this sprint.",
                "Fine, add it to the sprint and we'll make it work.",
                "Sure, we can pick that up before the release.",
            ),
        ),
        IntentSpec(
            "offer_trade",
            (
                "We could add it if something of the same size comes out.",
                "Let's swap it for the reporting ticket.",
                "If we drop the dark mode work, the export fits.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "Not a chance, we're already at capacity.",
        "The scope is locked, nothing new goes in.",
    ],
)
def test_a_refusal_in_other_words_meets_the_refusing_intent(reply: str) -> None:
    """The second failed before (it matched nothing); the first passed already."""
    assert SCOPE.matched(reply) == ("refuse_extra_work",)


@pytest.mark.parametrize(
    "reply",
    [
        "I haven't seen the ticket yet.",  # ordinary talk with a negation
        "I'm not sure the export is needed.",  # a doubt
        "Nobody mentioned the export before today.",
        "We don't have the designs for the export yet.",
    ],
)
def test_a_negation_that_refuses_nothing_still_matches_no_refusal(reply: str) -> None:
    assert "refuse_extra_work" not in SCOPE.matched(reply)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't give you all of it today, though I can find some.",  # the whole, not a no
        "We won't cover the whole amount.",
        "It won't hurt anyone, go ahead.",
        "I won't make a fuss about the permit.",
        "I won't stand in your way.",
    ],
)
def test_turning_down_the_whole_or_giving_way_is_no_refusal(sentence: str) -> None:
    """Failed before: each was read as saying no."""
    assert not refuses(sentence)
    assert part_mood(sentence) != SAYS_NO


@pytest.mark.parametrize(
    "sentence",
    ["I can't give you any of it.", "No, all of it stays.", "I won't approve the leave."],
)
def test_a_no_to_all_of_it_still_refuses(sentence: str) -> None:
    assert refuses(sentence)
    assert part_mood(sentence) == SAYS_NO
