"""A proposal put as a question makes the move a statement of it makes (issue 12, recall18).

"How about a rough dump now and the complete feature later?" offers what "Let's do a CSV dump
now and the full export later" offers. Such a question (PROPOSED: it opens with "What if", "How
about" or "What about", :func:`.intent_similarity.puts_forward`) met an offer written as
statements 0.1 behind, as any question meets a statement, and an author who writes three offers
as statements lost it. It now meets statements, and statements in which the speaker acts,
PROPOSED_PENALTY (0.05) behind; against an intent that only asks it still counts ASKING_PENALTY
less. The matcher cases below (engineering, a ward rota, sales) matched nothing on main; the
hard negatives (a worry put as "What if ...?" in those and a leisure centre, a question about
what worries them) match nothing before and after.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    ASKED,
    ASKING_PENALTY,
    MOOD_PENALTIES,
    MOOD_PENALTY,
    PROPOSED,
    PROPOSED_PENALTY,
    QUESTION,
    SPEAKER,
    STATEMENT,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

EXPORT = IntentMatcher(  # engineering: a customer wants an export before the freeze
    [
        IntentSpec(
            "offer_later",
            (
                "We can ship a basic export in this release and the full one in May.",
                "I'll put the rest of the export at the top of the backlog for the next sprint.",
                "Let's do a CSV dump now and the full export later.",
            ),
        ),
        IntentSpec(
            "refuse_feature",
            (
                "We can't add the export to this release.",
                "Nothing new is going into the sprint now.",
                "I'm not taking more scope before the freeze.",
            ),
        ),
        IntentSpec(
            "ask_customer",
            (
                "Which customer is asking for it?",
                "What do they need the export for?",
                "When do they need it by?",
            ),
        ),
    ]
)

ROTA = IntentMatcher(  # health: a nurse can't work the weekend nights on the new rota
    [
        IntentSpec(
            "offer_cover",
            (
                "I'll cover your Saturday night shift myself.",
                "We can move your nights to the following week.",
                "Let me find an agency nurse for the weekend.",
            ),
        ),
        IntentSpec(
            "refuse_change",
            (
                "The rota can't change this month.",
                "I'm not moving anyone's nights now.",
                "No, the schedule stays as published.",
            ),
        ),
        IntentSpec(
            "ask_worry",
            (
                "What worries you most about the new rota?",
                "Which shifts are the hardest for you?",
                "What would make the weekend workable?",
            ),
        ),
    ]
)

RENEWAL = IntentMatcher(  # sales: a customer's budget can't take this year's price
    [
        IntentSpec(
            "offer_term",
            (
                "If they sign for three years, we can hold this year's price.",
                "We could spread the payments over two years instead.",
                "A longer contract would let me lower the yearly cost.",
            ),
        ),
        IntentSpec(
            "refuse_discount",
            (
                "We can't go below the list price.",
                "I won't give more than 25% off.",
                "No, the cap is the cap.",
            ),
        ),
        IntentSpec(
            "ask_budget",
            (
                "What budget are they working with?",
                "What's driving the ask for 40%?",
                "Who signs off on the spend on their side?",
            ),
        ),
    ]
)

POOL = IntentMatcher(  # public sector: a leisure centre cut a swimming club's lanes
    [
        IntentSpec(
            "offer_lane_share",
            (
                "The club can have two lanes on Tuesdays and the public keeps the rest.",
                "We could give them the early slot on Saturdays instead.",
                "I'll keep one lane for the club every weekday evening.",
            ),
        ),
        IntentSpec(
            "refuse_lanes",
            (
                "We can't give the club its lanes back.",
                "The public sessions are staying as they are.",
                "No, the new timetable stands.",
            ),
        ),
        IntentSpec(
            "ask_club_need",
            (
                "How many swimmers train on a weeknight?",
                "What does the squad need for the galas?",
                "Which evenings matter most to the club?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (
            EXPORT,
            "How about a rough dump now and the complete feature later?",
            "offer_later",
        ),
        (ROTA, "What if I do your Saturday night and you do one of mine?", "offer_cover"),
        (RENEWAL, "How about stretching what they owe across two budgets?", "offer_term"),
    ],
)
def test_a_proposal_put_as_a_question_meets_the_offer(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert part_mood(reply) == PROPOSED
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        # a worry put as "What if ...?" proposes nothing the intents hold
        (EXPORT, "What if the customer walks?"),
        (ROTA, "What if someone calls in sick?"),
        (ROTA, "What if the agency can't send anyone?"),
        (RENEWAL, "What if they walk away?"),
        (RENEWAL, "What if finance says no?"),
        (POOL, "What if the public complains?"),
        (POOL, "What if the squad shrinks next year?"),
    ],
)
def test_a_worry_put_as_what_if_matches_nothing(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


def test_what_about_x_worries_you_still_asks() -> None:
    assert EXPORT.matched("What about the export worries you?") == ("ask_customer",)


def test_a_proposal_meets_statements_in_full_and_asking_intents_behind() -> None:
    assert MOOD_PENALTIES[PROPOSED, STATEMENT] == PROPOSED_PENALTY < MOOD_PENALTY
    assert MOOD_PENALTIES[PROPOSED, SPEAKER] == PROPOSED_PENALTY
    assert MOOD_PENALTIES[PROPOSED, ASKED] == ASKING_PENALTY
    assert MOOD_PENALTIES[PROPOSED, QUESTION] == 0.0
    # any other question still meets a statement MOOD_PENALTY behind
    assert MOOD_PENALTIES[QUESTION, STATEMENT] > 0.0
