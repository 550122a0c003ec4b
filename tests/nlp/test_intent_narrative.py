"""A story of what happened at a past time makes no move now (the NARRATIVE mood)."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BASE, NARRATIVE, OWNING, STATEMENT, mood
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

LONGER_TERM = IntentSpec(
    "offer_longer_term",
    (
        "We'd sign for three years if the price holds.",
        "I can commit to a longer contract in exchange for the old rate.",
        "Give us today's price and we'll renew for three years.",
        "A three-year term works for us at the current price.",
    ),
)


@pytest.mark.parametrize(
    "story",
    [
        "We signed for three years last time and regretted it.",
        "Whoever approved 40% last year made a mistake.",
        "Last job someone lifted without a permit and got us shut down.",
        "Two weeks ago the release slipped again.",
        "Back then we hosted everything in Virginia.",
    ],
)
def test_a_story_set_in_the_past_is_a_narrative_in_replies_only(story: str) -> None:
    assert part_mood(story) == NARRATIVE
    # examples and ordinary talk keep their mood, so no threshold moves
    assert mood(story) == STATEMENT


@pytest.mark.parametrize(
    "statement",
    [
        # an apology is a move about the past (an admission too: see the test below)
        "We failed you yesterday and I'm truly sorry.",
        # a past date named as a target or a start
        "Your team signed up for last week and I need it by the 20th.",
        "We've been blocked since last month.",
        # a move made now that names a past time
        "Like last year, we could phase the cut over two quarters.",
        "Let's do what we did last time and phase it.",
        "We won't repeat last year's mistake.",
        # no past time at all
        "We'll sign for three years at the current price.",
        "The last thing I want is a fight about this.",
    ],
)
def test_apologies_targets_and_plain_statements_stay_statements(statement: str) -> None:
    # a statement of some kind ("We won't repeat last year's mistake" says no: SAYS_NO)
    assert BASE[part_mood(statement)] == STATEMENT


@pytest.mark.parametrize(
    "admission", ["I should have told you last week.", "That was my mistake last quarter."]
)
def test_an_admission_about_the_past_owns_a_mistake_rather_than_telling_a_story(
    admission: str,
) -> None:
    assert part_mood(admission) == OWNING


def test_a_story_does_not_match_the_move_it_tells_of() -> None:
    # it shares "signed", "three years" with the offer and was heard as making it
    matcher = IntentMatcher([LONGER_TERM])
    assert matcher.matched("We signed for three years last time and regretted it.") == ()
    # roleplay intents says why
    (score,) = matcher.score("We signed for three years last time and regretted it.")
    assert score.blocked is not None and "what happened before" in score.blocked
    # the move itself, and a move after the story, still count
    assert matcher.matched("We'll sign for three years if you keep the price.") == (
        "offer_longer_term",
    )
    assert matcher.matched(
        "We signed for three years last time and regretted it. Keep today's price and we'll "
        "renew for three years."
    ) == ("offer_longer_term",)


def test_the_shipped_compliance_bend_hears_a_story_of_a_fine_as_no_concession() -> None:
    # heard as conceding US hosting before: it names "hosting in the US for now"
    reply = "Hosting in the US for now is what got the last company fined."
    assert "concede_us_hosting" not in shipped_matcher("compliance_bend").matched(reply)


def test_a_story_beside_a_statement_is_read_with_it() -> None:
    # "You promised last week." is a story; read with "Deliver it." it presses for the date
    late = shipped_matcher("late_dependency")
    assert late.matched("You promised last week. Deliver it.")[:1] == ("press_for_date",)
