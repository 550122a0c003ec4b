"""An intent that says no: its negative statements say no too (issue 12, recall18).

With few examples an author writes a refusal in several forms, and only some of them hold a
verb the refusal reading knows ("We can't go below the list price" does; "I'm not giving you
any more off this deal" and "Nobody is getting a shared account" do not). A no in a reply
(SAYS_NO) met the first REFUSAL_BONUS closer and the others REFUSAL_PENALTY behind, so a
refusal in other words ("Phasing wouldn't help us, I'm afraid") fell under the threshold. When
a third or more of an intent's examples are refusals, its other negative statements are read
as REFUSED: a no meets them as it meets a refusal, every other part as a statement, so no
threshold moves (the bank of ordinary talk holds no SAYS_NO part). The matcher cases below
matched nothing on main; the hard negatives (a third party's "won't", a plain negative
statement) match nothing before and after.
"""

from __future__ import annotations

import numpy as np
import pytest

from roleplay.nlp.intent_calibration import reference
from roleplay.nlp.intent_encoding import intent_encoder
from roleplay.nlp.intent_similarity import (
    BARE_NO,
    MOOD_PENALTIES,
    MOODS,
    QUESTION,
    REFUSAL,
    REFUSAL_BONUS,
    REFUSED,
    SAYS_NO,
    SPEAKER,
    STATEMENT,
    Phrasings,
    similarity,
)
from roleplay.nlp.intents import IntentMatcher

from .refusal_talks import PERMIT_SPECS, SALES_SPECS, WARD_SPECS
from .shipped import shipped_matcher

# a rep wants 40% off; night nurses want one shared login; a contractor wants to lift steel
SALES, WARD, PERMIT = (IntentMatcher(s) for s in (SALES_SPECS, WARD_SPECS, PERMIT_SPECS))


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (SALES, "Forty points off won't happen, I'm afraid.", "refuse_discount"),
        (WARD, "Sorry, one password for everyone isn't going to happen.", "refuse_shared_login"),
        (WARD, "I won't switch it off, not even for nights.", "refuse_shared_login"),
        (PERMIT, "No lift happens on a handshake, sorry.", "refuse_permit_skip"),
        (PERMIT, "Nothing gets lifted until we have it in writing.", "refuse_permit_skip"),
    ],
)
def test_a_no_in_other_words_meets_the_intent_that_says_no(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_a_no_to_the_phased_offer_refuses_the_cut() -> None:
    # budget_pushback: a no to phasing, in words no example of refuse_any_cut uses
    assert shipped_matcher("budget_pushback").matched("Phasing wouldn't help us, I'm afraid.")[
        :1
    ] == ("refuse_any_cut",)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        # what a third party or a thing won't do refuses nothing of the speaker's
        (SALES, "Their CFO won't like a three-year term."),
        (SALES, "The customer won't sign before March."),
        (WARD, "The badge readers won't arrive before next month."),
        (WARD, "The night staff won't like the new timeout."),
        (PERMIT, "The inspector won't be in before Thursday."),
        (PERMIT, "The lorry driver won't wait past noon."),
        # a plain negative statement meets the examples as before
        (SALES, "The deal desk hasn't answered yet."),
        (WARD, "The audit isn't until spring."),
        (PERMIT, "The steel hasn't arrived yet."),
    ],
)
def test_a_no_about_something_else_matches_nothing(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


def _phrasings(texts: tuple[str, ...]) -> Phrasings:
    encoder = intent_encoder()
    ref = reference(encoder)
    return Phrasings.of(texts, ref.centre(encoder.encode(list(texts))))


def test_negative_statements_of_an_intent_that_says_no_are_read_as_refusals() -> None:
    examples = _phrasings(
        (
            "We can't go below the list price.",  # a refusal
            "I won't lower the price again.",  # a refusal: two of six, a third
            "I'm not giving you any more off this deal.",  # a negative statement
            "Not one more point of discount is coming out of it.",
            "The price stays where it is.",  # affirmative: kept as it is
            "Why would we go lower?",  # a question: kept
        )
    )
    read = examples.refusals()
    assert examples.mood.tolist()[0] == REFUSAL
    assert read.mood.tolist()[0] == REFUSAL
    for before, after, negative in zip(
        examples.mood.tolist(), read.mood.tolist(), examples.negative.tolist(), strict=True
    ):
        if negative and before in (STATEMENT, SPEAKER):
            assert after == REFUSED
        else:
            assert after == before
    assert REFUSED in read.mood.tolist()


def test_an_intent_that_mostly_says_yes_keeps_its_statements() -> None:
    # accepting no guarantee: one example reads as a refusal ("I don't need a promise"), under
    # a third of them, so its negative statements stay statements
    examples = _phrasings(
        (
            "I don't need a promise, just a fair shot.",
            "That's fine by me; I'd rather have a strong case than a promise.",
            "I understand you can't promise the outcome.",
            "Sure, let's make the case as strong as we can.",
        )
    )
    assert np.count_nonzero(examples.mood == REFUSAL) == 1
    assert examples.refusals() is examples


def test_no_threshold_moves() -> None:
    # the bank of ordinary talk meets REFUSED examples exactly as it meets statements
    examples = _phrasings(
        (
            "We can't share logins on the ward.",
            "Nobody is getting a shared account, not even for a week.",
            "I'm not turning individual sign-in off.",
        )
    )
    read = examples.refusals()
    assert REFUSED in read.mood.tolist()
    bank = reference(intent_encoder()).background
    assert np.array_equal(similarity(read, bank), similarity(examples, bank))


def test_only_a_no_meets_refused_examples_closer() -> None:
    for mood in MOODS:
        if mood in (SAYS_NO, BARE_NO):
            assert MOOD_PENALTIES[mood, REFUSED] == -REFUSAL_BONUS
        else:
            assert MOOD_PENALTIES[mood, REFUSED] == MOOD_PENALTIES[mood, STATEMENT]
    assert MOOD_PENALTIES[QUESTION, REFUSED] == MOOD_PENALTIES[QUESTION, STATEMENT]
