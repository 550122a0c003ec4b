"""A no without a negator meets an intent's negative statements that say no (issue 12, recall19).

A no without a negator ("A shared password is off the table", "The contractors are staying,
all of them") is an affirmative part (BARE_NO) that also meets an intent's refusals, which hold
a negator, across polarity. When a third or more of an intent's examples are refusals, its other
negative statements are read as refusals too (REFUSED: "Nobody is getting a shared account"
beside "We can't share logins on the ward"), and the penalty table already let a no meet them
as a refusal; but the polarity check let a BARE_NO part meet REFUSAL examples only, so with few
examples, where the nearest example was such a statement, the no fell under the threshold. It
now meets them as it meets refusals.

Read with it: a no without a negator that names what it rules out ("X is off the table / out of
the question") refuses nothing when no content word of X (amounts aside) is a word of the
scenario's intents: "The office party is off the table this year" in a talk about leave, or
"The trade show stand is off the table this year" in a talk about a discount (which met the
refusal on main).

The matcher cases match nothing on main; the hard negatives (a no about something else, in four
domains) match nothing after.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from roleplay.nlp.intent_relevance import off_topic_ruled_out, vocabulary
from roleplay.nlp.intent_similarity import (
    BARE_NO,
    REFUSAL,
    REFUSED,
    SAYS_NO,
    SPEAKER,
    STATEMENT,
    across,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .refusal_talks import PERMIT_SPECS as PERMIT
from .refusal_talks import SALES_SPECS as SALES
from .refusal_talks import WARD_SPECS as WARD
from .shipped import shipped_specs

LEAVE = [  # HR: an engineer wants two weeks off in the year-end freeze
    IntentSpec(
        "refuse_leave",
        (
            "I can't approve two weeks off in December.",
            "Nobody on the team is taking leave during the year-end freeze.",
            "I'm not signing off on holiday before the audit is done.",
        ),
    ),
    IntentSpec(
        "offer_other_dates",
        (
            "You could take the first week of January instead.",
            "I can give you the two days before Christmas and the rest in January.",
            "Let's book your two weeks for straight after the audit.",
        ),
    ),
    IntentSpec(
        "ask_why_december",
        (
            "What's happening in December that you need the time?",
            "Is there a date in there that can't move?",
            "Who are you travelling with?",
        ),
    ),
]


def _budget(examples: int) -> IntentMatcher:
    """budget_pushback's intents cut to their first ``examples`` examples, as a trainer in a
    hurry writes them."""
    return IntentMatcher(
        [
            replace(spec, examples=spec.examples[:examples])
            for spec in shipped_specs("budget_pushback")
        ]
    )


@pytest.mark.parametrize(
    ("specs", "reply", "intent"),
    [
        (SALES, "A bigger discount is off the table.", "refuse_discount"),
        (WARD, "A shared password is off the table.", "refuse_shared_login"),
        (WARD, "One account for the night shift is off the table.", "refuse_shared_login"),
        (PERMIT, "A verbal okay is off the table.", "refuse_permit_skip"),
    ],
)
def test_a_no_without_a_negator_meets_negative_statements_that_say_no(
    specs: list[IntentSpec], reply: str, intent: str
) -> None:
    assert IntentMatcher(specs).matched(reply)[:1] == (intent,)


@pytest.mark.parametrize("examples", [3, 5])
@pytest.mark.parametrize(
    "reply",
    [
        "The contractors are staying, all of them.",
        "Find the money in marketing; engineering is staying whole.",
    ],
)
def test_a_no_in_other_words_refuses_the_cut_with_few_examples(reply: str, examples: int) -> None:
    assert _budget(examples).matched(reply)[:1] == ("refuse_any_cut",)


@pytest.mark.parametrize(
    ("specs", "reply"),
    [
        # what is ruled out is no part of the conversation
        (SALES, "The trade show stand is off the table this year."),
        (SALES, "The Friday lunch is off the table this week."),
        (WARD, "The Christmas party is off the table this year."),
        (WARD, "The staff canteen is off the table after eight."),
        (PERMIT, "Overtime for the crew is out of the question."),
        (LEAVE, "The office party is off the table this year."),
        (LEAVE, "The new coffee machine is off the table."),
        # a third party's no, and a plain statement, as before
        (WARD, "The badge readers won't arrive before next month."),
        (LEAVE, "The audit isn't until spring."),
    ],
)
def test_a_no_about_something_else_matches_nothing(specs: list[IntentSpec], reply: str) -> None:
    assert IntentMatcher(specs).matched(reply) == ()


@pytest.mark.parametrize(
    ("specs", "reply", "intent"),
    [
        # what is ruled out is the conversation's: amounts and plurals of plain words count
        (SALES, "Forty points is out of the question.", "refuse_discount"),
        (LEAVE, "December is off the table for leave.", "refuse_leave"),
        (LEAVE, "Holiday in the freeze is off the table, sorry.", "refuse_leave"),
        (PERMIT, "Skipping the permit is off the table.", "refuse_permit_skip"),
    ],
)
def test_a_no_about_the_topic_still_refuses(
    specs: list[IntentSpec], reply: str, intent: str
) -> None:
    assert IntentMatcher(specs).matched(reply)[:1] == (intent,)


def test_a_bare_no_meets_refusals_and_negative_statements_that_say_no_across_polarity() -> None:
    moods = np.array([REFUSAL, REFUSED, STATEMENT, SPEAKER])
    assert across(BARE_NO, moods).tolist() == [True, True, False, False]
    # a no with a negator meets them in its own polarity, and nothing else crosses
    assert not across(SAYS_NO, moods).any()
    assert not across(STATEMENT, moods).any()


def test_what_is_ruled_out_is_read_from_the_subject() -> None:
    topic = vocabulary(t for spec in LEAVE for t in spec.examples)
    assert off_topic_ruled_out("The office party is off the table this year.", topic)
    assert off_topic_ruled_out("Sorry, the bowling night is out of the question.", topic)
    assert not off_topic_ruled_out("December is off the table for leave.", topic)
    assert not off_topic_ruled_out("Two weeks is out of the question.", topic)  # an amount
    assert not off_topic_ruled_out("That's off the table.", topic)  # what was said
    assert not off_topic_ruled_out("The office party is on Friday.", topic)  # no no
